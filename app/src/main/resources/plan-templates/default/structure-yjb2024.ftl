<#-- YJB guidance 2024: the 2021 headings plus local context, Child First, voice of the child, board
     development, progress on the previous plan, the ten KPIs, standards, workforce development and
     evidence-based practice. A tenant may copy this file into tenants/<code>/templates/. -->
<#assign sections = [
  {"key": "introduction", "title": "Introduction, vision and strategy"},
  {"key": "local_context", "title": "Local context"},
  {"key": "child_first", "title": "Child First"},
  {"key": "voice_of_child", "title": "Voice of the child"},
  {"key": "governance", "title": "Governance, leadership and partnership arrangements", "major": true},
  {"key": "board_development", "title": "Board development"},
  {"key": "progress", "title": "Progress on the previous plan"},
  {"key": "resources", "title": "Resources and services", "major": true},
  {"key": "performance", "title": "Performance", "major": true},
  {"key": "kpis", "title": "The ten key performance indicators"},
  {"key": "priorities", "title": "Priorities"},
  {"key": "standards", "title": "National standards and inspection"},
  {"key": "workforce", "title": "Workforce development"},
  {"key": "evidence_based_practice", "title": "Evidence-based practice and innovation"},
  {"key": "challenges", "title": "Challenges, risks and issues", "major": true},
  {"key": "delivery_plan", "title": "Service improvement and delivery plan", "major": true},
  {"key": "sign_off", "title": "Plan approval and sign-off"}
]>
