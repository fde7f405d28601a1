/* Swagger UI for /api/openapi.json, served from the files of the fastapi-offline package (no CDN). */
"use strict";
window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
