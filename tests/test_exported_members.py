import detente


def test_all_lists_exactly_the_public_names():
    public = {n for n in dir(detente) if not n.startswith("_") and n not in {"annotations"}}
    modules = {n for n in public if type(getattr(detente, n)).__name__ == "module"}
    assert set(detente.__all__) - {"__version__"} == public - modules
