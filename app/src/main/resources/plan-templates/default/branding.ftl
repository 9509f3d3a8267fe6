<#-- Branding of the documents. A tenant overrides this file in tenants/<code>/templates/branding.ftl. -->
<#assign brand = {
  "organisation": doc.tenantName(),
  "strapline": "Youth justice partnership",
  "primary": "#1d3f6e",
  "accent": "#2e7d8c",
  "light": "#eef3f8",
  "font": "Liberation Sans"
}>
