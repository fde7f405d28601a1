"""Exports: the store as Parquet (partitioned by month), CSV, GDELT-like and ICEWS-like tables,
and PLOVER JSON Lines. Column sets are documented in docs/STORE.md ("Exports").

* ``csv`` / ``parquet``: one row per event mention, every stored field, with ISO3, COW and
  Gleditsch–Ward numbers for both actors. Parquet is written as hive folders
  ``year=YYYY/month=M/`` by event date (report date when the event has none).
* ``gdelt``: one row per factual event cluster (tab-separated, with a header), GDELT 2.0's
  61 event columns in their order, then detente's extra columns.
* ``icews``: one row per factual mention (tab-separated, with a header), the ICEWS coded
  event columns, then the extra columns.
* ``plover``: one JSON object per mention that has a PLOVER type, in the PLOVER record's
  field names (id, date, source, target, event, mode, context, eventText, text, ...).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa

from .. import __version__
from ..errors import Errors, StoreError
from ..events.cameo import cameo_table
from .codes import table as state_codes

FORMATS = ("parquet", "csv", "gdelt", "icews", "plover")


def _register(con: Any) -> None:
    codes = state_codes()
    con.register("_codes", pa.table({
        "iso3": pa.array(list(codes), pa.string()),
        "cname": pa.array([c.name for c in codes.values()], pa.string()),
        "cow": pa.array([c.cow for c in codes.values()], pa.int32()),
        "gw": pa.array([c.gw for c in codes.values()], pa.int32()),
    }))
    cameo = cameo_table()
    con.register("_cameo", pa.table({"code": pa.array(list(cameo), pa.string()),
                                     "cname": pa.array([c.name for c in cameo.values()], pa.string())}))


def _unregister(con: Any) -> None:
    for name in ("_codes", "_cameo"):
        try:
            con.unregister(name)
        except Exception:  # noqa: BLE001
            pass


_FLAT = """
SELECT e.* EXCLUDE (cluster_key), a.title, a.url, a.source AS publisher,
       sc.iso3 AS source_iso3, sc.cow AS source_cow, sc.gw AS source_gw,
       tc.iso3 AS target_iso3, tc.cow AS target_cow, tc.gw AS target_gw
FROM events e JOIN articles a USING (article_id)
LEFT JOIN _codes sc ON sc.iso3 = e.source_country
LEFT JOIN _codes tc ON tc.iso3 = e.target_country
"""
_ORDER = " ORDER BY e.event_date NULLS LAST, e.article_id, e.sentence_index, e.trigger_start, e.event_id"

_GDELT = """
SELECT ('0x' || substr(c.cluster_id, 1, 15))::BIGINT AS GLOBALEVENTID,
  strftime(c.event_date, '%Y%m%d')::INTEGER AS SQLDATE,
  strftime(c.event_date, '%Y%m')::INTEGER AS MonthYear,
  year(c.event_date) AS "Year",
  round(year(c.event_date) + (dayofyear(c.event_date) - 1) / 365.0, 4) AS FractionDate,
  c.source_code AS Actor1Code, upper(coalesce(sc.cname, c.source_code, ltrim(c.source_key, '~'))) AS Actor1Name,
  c.source_country AS Actor1CountryCode, NULL::VARCHAR AS Actor1KnownGroupCode, NULL::VARCHAR AS Actor1EthnicCode,
  NULL::VARCHAR AS Actor1Religion1Code, NULL::VARCHAR AS Actor1Religion2Code,
  nullif(substr(c.source_code, 4, 3), '') AS Actor1Type1Code, nullif(substr(c.source_code, 7, 3), '') AS Actor1Type2Code,
  NULL::VARCHAR AS Actor1Type3Code,
  c.target_code AS Actor2Code, upper(coalesce(tc.cname, c.target_code, ltrim(c.target_key, '~'))) AS Actor2Name,
  c.target_country AS Actor2CountryCode, NULL::VARCHAR AS Actor2KnownGroupCode, NULL::VARCHAR AS Actor2EthnicCode,
  NULL::VARCHAR AS Actor2Religion1Code, NULL::VARCHAR AS Actor2Religion2Code,
  nullif(substr(c.target_code, 4, 3), '') AS Actor2Type1Code, nullif(substr(c.target_code, 7, 3), '') AS Actor2Type2Code,
  NULL::VARCHAR AS Actor2Type3Code,
  c.lead::INTEGER AS IsRootEvent, c.cameo AS EventCode, substr(c.cameo, 1, 3) AS EventBaseCode,
  c.cameo_root AS EventRootCode, c.quad_class AS QuadClass, c.goldstein AS GoldsteinScale,
  c.mentions AS NumMentions, c.sources AS NumSources, c.articles AS NumArticles, NULL::DOUBLE AS AvgTone,
  0 AS Actor1Geo_Type, NULL::VARCHAR AS Actor1Geo_FullName, NULL::VARCHAR AS Actor1Geo_CountryCode,
  NULL::VARCHAR AS Actor1Geo_ADM1Code, NULL::VARCHAR AS Actor1Geo_ADM2Code, NULL::DOUBLE AS Actor1Geo_Lat,
  NULL::DOUBLE AS Actor1Geo_Long, NULL::VARCHAR AS Actor1Geo_FeatureID,
  0 AS Actor2Geo_Type, NULL::VARCHAR AS Actor2Geo_FullName, NULL::VARCHAR AS Actor2Geo_CountryCode,
  NULL::VARCHAR AS Actor2Geo_ADM1Code, NULL::VARCHAR AS Actor2Geo_ADM2Code, NULL::DOUBLE AS Actor2Geo_Lat,
  NULL::DOUBLE AS Actor2Geo_Long, NULL::VARCHAR AS Actor2Geo_FeatureID,
  CASE WHEN e.location_lat IS NOT NULL THEN 4 WHEN e.location_country IS NOT NULL THEN 1 ELSE 0 END AS ActionGeo_Type,
  e.location_name AS ActionGeo_FullName, e.location_country AS ActionGeo_CountryCode,
  NULL::VARCHAR AS ActionGeo_ADM1Code, NULL::VARCHAR AS ActionGeo_ADM2Code,
  e.location_lat AS ActionGeo_Lat, e.location_lon AS ActionGeo_Long, NULL::VARCHAR AS ActionGeo_FeatureID,
  strftime(c.first_report, '%Y%m%d000000')::BIGINT AS DATEADDED,
  coalesce(a.url, 'detente:' || c.first_article_id) AS SOURCEURL,
  sc.iso3 AS Actor1ISO3, sc.cow AS Actor1COW, sc.gw AS Actor1GW,
  tc.iso3 AS Actor2ISO3, tc.cow AS Actor2COW, tc.gw AS Actor2GW,
  c.cluster_id AS DetenteClusterID, c.date_precision AS DetenteDatePrecision
FROM clusters c
LEFT JOIN events e ON e.event_id = c.first_event_id
LEFT JOIN articles a ON a.article_id = c.first_article_id
LEFT JOIN _codes sc ON sc.iso3 = c.source_country
LEFT JOIN _codes tc ON tc.iso3 = c.target_country
WHERE c.factual AND c.event_date IS NOT NULL
ORDER BY c.event_date, c.cluster_id
"""

_ICEWS = """
SELECT e.event_id AS "Event ID", e.event_date AS "Event Date",
  coalesce(e.source_name, e.source_text) AS "Source Name", e.source_sector AS "Source Sectors",
  coalesce(sc.cname, e.source_country) AS "Source Country", cm.cname AS "Event Text", e.cameo AS "CAMEO Code",
  e.goldstein AS "Intensity",
  coalesce(e.target_name, e.target_text) AS "Target Name", e.target_sector AS "Target Sectors",
  coalesce(tc.cname, e.target_country) AS "Target Country",
  e.article_id AS "Story ID", e.sentence_index + 1 AS "Sentence Number", a.source AS "Publisher",
  e.location_name AS "City", NULL::VARCHAR AS "District", NULL::VARCHAR AS "Province",
  coalesce(lc.cname, e.location_country) AS "Country", e.location_lat AS "Latitude", e.location_lon AS "Longitude",
  sc.iso3 AS "Source ISO3", sc.cow AS "Source COW", sc.gw AS "Source GW",
  tc.iso3 AS "Target ISO3", tc.cow AS "Target COW", tc.gw AS "Target GW",
  e.cluster_id AS "Cluster ID", e.date_precision AS "Date Precision"
FROM events e JOIN articles a USING (article_id)
LEFT JOIN _codes sc ON sc.iso3 = e.source_country
LEFT JOIN _codes tc ON tc.iso3 = e.target_country
LEFT JOIN _codes lc ON lc.iso3 = e.location_country
LEFT JOIN _cameo cm ON cm.code = e.cameo
WHERE e.factual AND e.event_date IS NOT NULL
""" + _ORDER


def _target(path: Path, *, folder: bool) -> None:
    if folder:
        if path.exists():
            if not path.is_dir():
                raise StoreError(Errors.DT713.format(path=path, detail="it exists and is not a folder"))
            foreign = [p for p in path.iterdir() if not p.name.startswith("year=")]
            if foreign:
                raise StoreError(Errors.DT713.format(path=path, detail=f"the folder holds other files ({foreign[0].name}); "
                                                     "give an empty or new folder"))
            shutil.rmtree(path)  # only an earlier export's year=/month= folders
        if not path.parent.exists():
            raise StoreError(Errors.DT713.format(path=path, detail=f"no folder {path.parent}"))
    elif not path.parent.exists():
        raise StoreError(Errors.DT713.format(path=path, detail=f"no folder {path.parent}"))


def _lit(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export(con: Any, fmt: str, path: str | Path) -> dict[str, Any]:
    """Write the store in ``fmt`` to ``path``; returns {format, path, rows, columns}."""
    if fmt not in FORMATS:
        raise StoreError(Errors.DT709.format(fmt=fmt))
    out = Path(path)
    _target(out, folder=fmt == "parquet")
    _register(con)
    try:
        if fmt == "plover":
            return _plover(con, out)
        if fmt == "parquet":
            sql = (f"SELECT *, year(coalesce(event_date, report_date)) AS year, "
                   f"month(coalesce(event_date, report_date)) AS month FROM ({_FLAT}{_ORDER})")
            opts = "FORMAT parquet, PARTITION_BY (year, month)"
        elif fmt == "csv":
            sql = f"SELECT * REPLACE (array_to_string(contexts, ';') AS contexts) FROM ({_FLAT}{_ORDER})"
            opts = "FORMAT csv, HEADER true"
        elif fmt == "gdelt":
            sql, opts = _GDELT, "FORMAT csv, HEADER true, DELIMITER '\t'"
        else:
            sql, opts = _ICEWS, "FORMAT csv, HEADER true, DELIMITER '\t'"
        columns = [d[0] for d in con.execute(f"SELECT * FROM ({sql}) LIMIT 0").description]
        rows = con.execute(f"SELECT count(*) FROM ({sql})").fetchall()[0][0]
        try:
            con.execute(f"COPY ({sql}) TO {_lit(out)} ({opts})")
        except Exception as exc:  # noqa: BLE001 - disk full, permissions: say where
            raise StoreError(Errors.DT713.format(path=out, detail=str(exc).splitlines()[0])) from exc
        return {"format": fmt, "path": str(out), "rows": rows, "columns": columns}
    finally:
        _unregister(con)


PLOVER_FIELDS = ["id", "date", "dateResolution", "source", "target", "event", "mode", "context", "eventText", "text",
                 "eventLoc", "language", "publication", "url", "storyId", "sentenceNumber", "reportDate", "cameo",
                 "quadClass", "goldstein", "negated", "modality", "confidence", "clusterId", "coder", "version"]


def _actor(r: dict[str, Any], side: str) -> list[dict[str, Any]]:
    if r[f"{side}_text"] is None:
        return []
    return [{"actorText": r[f"{side}_text"], "code": r[f"{side}_code"], "country": r[f"{side}_country"],
             "sector": r[f"{side}_sector"], "name": r[f"{side}_name"], "cow": r[f"{side}_cow"], "gw": r[f"{side}_gw"]}]


def _plover(con: Any, out: Path) -> dict[str, Any]:
    sql = f"SELECT * FROM ({_FLAT} WHERE e.plover <> ''{_ORDER})"
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    n = 0
    try:
        fh = open(out, "w", encoding="utf-8")
    except OSError as exc:
        raise StoreError(Errors.DT713.format(path=out, detail=exc.strerror or str(exc))) from exc
    with fh:
        while True:
            chunk = cur.fetchmany(2000)
            if not chunk:
                break
            for values in chunk:
                r = dict(zip(names, values))
                loc = None
                if r["location_name"]:
                    loc = {"placeName": r["location_name"], "text": r["location_text"], "country": r["location_country"],
                           "lat": r["location_lat"], "lon": r["location_lon"]}
                rec = {
                    "id": r["event_id"], "date": _iso(r["event_date"]), "dateResolution": r["date_precision"],
                    "source": _actor(r, "source"), "target": _actor(r, "target"), "event": r["plover"],
                    "mode": r["plover_mode"] or "", "context": list(r["contexts"] or []), "eventText": r["trigger_text"],
                    "text": r["sentence"], "eventLoc": loc, "language": "en", "publication": r["publisher"],
                    "url": r["url"], "storyId": r["article_id"], "sentenceNumber": r["sentence_index"] + 1,
                    "reportDate": _iso(r["report_date"]), "cameo": r["cameo"], "quadClass": r["quad_class"],
                    "goldstein": r["goldstein"], "negated": r["negated"], "modality": r["modality"],
                    "confidence": r["confidence"], "clusterId": r["cluster_id"], "coder": r["coder"],
                    "version": f"detente {__version__}",
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return {"format": "plover", "path": str(out), "rows": n, "columns": PLOVER_FIELDS}


def _iso(d: Any) -> str | None:
    return d.isoformat() if d is not None else None
