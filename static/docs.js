// Starts Swagger UI on /docs; kept in a file because the CSP forbids inline scripts.
window.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: root.dataset.openapiUrl, domNode: root });
});
