<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<#assign v = volunteer>
<#assign coordinator = shell.hasRole("volunteer_coordinator")>
<#function sectionFields name><#return (section == name)?then(fields, {})></#function>
<#function sectionErrors name><#return (section == name)?then(errors, {})></#function>
<@layout.page title=v.name()>
<a href="/volunteers/all" class="govuk-back-link">All volunteers</a>
<@layout.errorSummary errors=errors/>
<span class="govuk-caption-l">${v.volunteerRef}</span>
<h1 class="govuk-heading-xl">${v.name()}</h1>
<#if v.compliance.cleared>
<div class="govuk-inset-text">Cleared to volunteer today: DBS check current and trainings complete.</div>
<#else>
<div class="govuk-warning-text">
  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
  <div class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>
    Not cleared to volunteer today; they cannot be put on a panel or given a role until this is put right:
    <ul class="govuk-list govuk-list--bullet"><#list v.compliance.problems as p><li>${p}</li></#list></ul>
  </div>
</div>
</#if>
<h2 class="govuk-heading-l">Details</h2>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">${v.status?cap_first}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Joined</dt><dd class="govuk-summary-list__value">${f.date(v.joinedOn!"")}</dd></div>
  <#if v.leftOn??><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Left</dt><dd class="govuk-summary-list__value">${f.date(v.leftOn)}</dd></div></#if>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Email</dt><dd class="govuk-summary-list__value">${v.email!"–"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Phone</dt><dd class="govuk-summary-list__value">${v.phone!"–"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Available</dt><dd class="govuk-summary-list__value"><#if v.availableWeekdays>Weekdays </#if><#if v.availableEvenings>Evenings </#if><#if v.availableWeekends>Weekends</#if></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Skills</dt><dd class="govuk-summary-list__value">${v.skills!"–"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Languages</dt><dd class="govuk-summary-list__value">${v.languages!"–"}</dd></div>
</dl>
<#if coordinator>
<a class="govuk-button govuk-button--secondary" href="/volunteers/${v.id}/edit" data-module="govuk-button">Change details</a>
<a class="govuk-button govuk-button--secondary" href="/volunteers/${v.id}/hours/new" data-module="govuk-button">Log hours</a>
</#if>

<h2 class="govuk-heading-l" id="role">Roles</h2>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Roles held</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Role</th><th scope="col" class="govuk-table__header">From</th><th scope="col" class="govuk-table__header">Until</th><#if coordinator><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th></#if></tr></thead>
  <tbody class="govuk-table__body">
  <#list v.roles as a>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${a.roleLabel}</td><td class="govuk-table__cell">${f.date(a.assignedOn)}</td><td class="govuk-table__cell">${f.date(a.endedOn!"")}</td>
    <#if coordinator><td class="govuk-table__cell"><#if !a.endedOn??>
      <form method="post" action="/volunteers/${v.id}/assignments/${a.id}/end" class="yh-inline-form"><@f.csrf/><@f.hidden name="version" value=a.version?c/><@f.hidden name="ended_on" value=.now?string("yyyy-MM-dd")/>
        <button class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">End role today<span class="govuk-visually-hidden"> ${a.roleLabel}</span></button></form>
    </#if></td></#if></tr>
  <#else>
    <tr class="govuk-table__row"><td class="govuk-table__cell" colspan="4">No roles yet.</td></tr>
  </#list>
  </tbody>
</table>
<#if coordinator>
<form method="post" action="/volunteers/${v.id}/assignments" novalidate>
  <@f.csrf/>
  <@f.select name="role_code" label="Give a role" blank="Choose a role" options=roles?filter(r -> r.active)?map(r -> [r.code, r.label]) fields=sectionFields("role") errors=sectionErrors("role") hint="Only once the DBS check is current and the YJB and role trainings are done"/>
  <@f.text name="assigned_on" label="From" type="date" fields=sectionFields("role") errors=sectionErrors("role") width="govuk-input--width-10"/>
  <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Give role</button>
</form>
</#if>

<h2 class="govuk-heading-l" id="dbs">DBS checks</h2>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">DBS checks, newest first</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Level</th><th scope="col" class="govuk-table__header">Issued</th><th scope="col" class="govuk-table__header">Expires</th><th scope="col" class="govuk-table__header">Certificate</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list v.dbsChecks as c>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${f.label(c.level)}</td><td class="govuk-table__cell">${f.date(c.issuedOn)}</td><td class="govuk-table__cell">${f.date(c.expiresOn)}</td><td class="govuk-table__cell">${c.certificateRef!"–"}</td></tr>
  <#else>
    <tr class="govuk-table__row"><td class="govuk-table__cell" colspan="4">No DBS check recorded.</td></tr>
  </#list>
  </tbody>
</table>
<#if coordinator>
<form method="post" action="/volunteers/${v.id}/dbs-checks" novalidate>
  <@f.csrf/>
  <@f.select name="level" label="Record a DBS check: level" blank="Choose a level" options=[["basic","Basic"],["standard","Standard"],["enhanced","Enhanced"],["enhanced_barred","Enhanced with barred lists"]] fields=sectionFields("dbs") errors=sectionErrors("dbs")/>
  <@f.text name="issued_on" label="Issued on" type="date" fields=sectionFields("dbs") errors=sectionErrors("dbs") width="govuk-input--width-10"/>
  <@f.text name="certificate_ref" label="Certificate number" fields=sectionFields("dbs") errors=sectionErrors("dbs") width="govuk-input--width-20"/>
  <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Record check</button>
</form>
</#if>

<h2 class="govuk-heading-l" id="training">Training</h2>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Training completed</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Course</th><th scope="col" class="govuk-table__header">Completed</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list v.trainings as t>
    <tr class="govuk-table__row"><td class="govuk-table__cell"><#if t.course == "yjb_panel">YJB volunteer panel training<#elseif t.course == "role">Role training: ${f.label(t.roleCode!"")}<#else>${t.title!"Other"}</#if></td><td class="govuk-table__cell">${f.date(t.completedOn)}</td></tr>
  <#else>
    <tr class="govuk-table__row"><td class="govuk-table__cell" colspan="2">No training recorded.</td></tr>
  </#list>
  </tbody>
</table>
<#if coordinator>
<form method="post" action="/volunteers/${v.id}/trainings" novalidate>
  <@f.csrf/>
  <@f.select name="course" label="Record training" blank="Choose a course" options=[["yjb_panel","YJB volunteer panel training"],["role","Training for a role"],["other","Other"]] fields=sectionFields("training") errors=sectionErrors("training")/>
  <@f.select name="role_code" label="Role (for role training)" blank="Not a role training" options=roles?filter(r -> r.active)?map(r -> [r.code, r.label]) fields=sectionFields("training") errors=sectionErrors("training")/>
  <@f.text name="title" label="Title (for other training)" fields=sectionFields("training") errors=sectionErrors("training")/>
  <@f.text name="completed_on" label="Completed on" type="date" fields=sectionFields("training") errors=sectionErrors("training") width="govuk-input--width-10"/>
  <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Record training</button>
</form>
</#if>

<h2 class="govuk-heading-l" id="conflict">Children this volunteer knows</h2>
<p class="govuk-body">They will not be put on these children's panels.</p>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Conflicts of interest</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Child</th><th scope="col" class="govuk-table__header">Why</th><th scope="col" class="govuk-table__header">Recorded</th><#if coordinator><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th></#if></tr></thead>
  <tbody class="govuk-table__body">
  <#list v.conflicts as c>
    <tr class="govuk-table__row"><td class="govuk-table__cell"><a class="govuk-link" href="/children/${c.childId}">Child record</a></td><td class="govuk-table__cell">${c.reason}</td><td class="govuk-table__cell">${f.date(c.recordedOn)}</td>
    <#if coordinator><td class="govuk-table__cell"><form method="post" action="/volunteers/${v.id}/conflicts/${c.id}/delete" class="yh-inline-form"><@f.csrf/><button class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Remove</button></form></td></#if></tr>
  <#else>
    <tr class="govuk-table__row"><td class="govuk-table__cell" colspan="4">None recorded.</td></tr>
  </#list>
  </tbody>
</table>
<#if coordinator>
<form method="post" action="/volunteers/${v.id}/conflicts" novalidate>
  <@f.csrf/>
  <@f.text name="child_id" label="Child's record id" hint="The id shown on the child's record" fields=sectionFields("conflict") errors=sectionErrors("conflict")/>
  <@f.text name="reason" label="How they know the child" fields=sectionFields("conflict") errors=sectionErrors("conflict")/>
  <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Record conflict</button>
</form>
</#if>
<p class="govuk-body" id="hours"><a class="govuk-link" href="/volunteers/hours">Hours given by all volunteers</a></p>
</@layout.page>
