<#-- YJB guidance 2021, as Southampton's Youth Justice Plan 2021-24 uses it (seed 001). A tenant may
     copy this file into tenants/<code>/templates/ to reorder or rename sections. -->
<#assign sections = [
  {"key": "introduction", "title": "Introduction, vision and strategy"},
  {"key": "governance", "title": "Governance, leadership and partnership arrangements", "major": true},
  {"key": "resources", "title": "Resources and services", "major": true},
  {"key": "performance", "title": "Performance and priorities", "major": true},
  {"key": "challenges", "title": "Challenges, risks and issues", "major": true},
  {"key": "delivery_plan", "title": "Service improvement and delivery plan", "major": true},
  {"key": "sign_off", "title": "Plan approval and sign-off"}
]>
