<#import "../../_layout/page.ftl" as layout>
<#import "../_forms.ftl" as f>
<#import "_labels.ftl" as l>
<#assign title = editing?then("Contact on " + f.d(contact.contactAt?string?keep_before("T")), "Schedule or record a contact")>
<@layout.page title=title + " – " + child.displayName()>
<a href="/children/${child.id}#contacts" class="govuk-back-link">Back to the record</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <@layout.errorSummary errors=errors/>
    <span class="govuk-caption-l">${child.displayName()} (${child.childRef})</span>
    <h1 class="govuk-heading-l">${title}</h1>
    <#assign orderOptions = [["", "The order open on the contact date"]]>
    <#list orders as o><#assign orderOptions = orderOptions + [[o.id?string, o.ref + " (" + o.outcomeCode + ", from " + f.d(o.startDate) + ")"]]></#list>
    <form method="post" action="<#if editing>/children/${child.id}/contacts/${contact.id}<#else>/children/${child.id}/contacts</#if>" novalidate>
      <input type="hidden" name="_csrf" value="${shell.csrfToken}">
      <#if editing><input type="hidden" name="version" value="${values.version!""}"></#if>
      <@f.date name="contact_date" label="Date" values=values errors=errors hint="For example, 12 1 2026"/>
      <@f.text name="contact_time" label="Time (optional)" hint="24-hour clock, for example 14:30" values=values errors=errors width="govuk-input--width-5"/>
      <@f.radios name="contact_type" label="Type of contact" options=[["office","Office"],["home_visit","Home visit"],["phone","Phone"],["video","Video"],["school","School"],["other","Other"]] values=values errors=errors/>
      <@f.text name="with_whom" label="With whom (optional)" hint="For example, the child and their mother" values=values errors=errors width="govuk-!-width-two-thirds"/>
      <@f.radios name="outcome" label="Outcome" inline=false hint="Leave as scheduled until the contact has happened" options=[["","Not yet: scheduled"],["attended","Attended"],["acceptable_absence","Acceptable absence"],["unacceptable_absence","Unacceptable absence"]] values=values errors=errors/>
      <@f.select name="intervention_id" label="Order it counts for" options=orderOptions values=values errors=errors/>
      <@f.textarea name="notes" label="Notes (optional)" values=values errors=errors/>
      <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button">Save contact</button>
        <a class="govuk-link" href="/children/${child.id}#contacts">Cancel</a>
      </div>
    </form>
    <#if editing && contact.followUpDue??>
    <h2 class="govuk-heading-m">Follow-up of the missed appointment</h2>
    <p class="govuk-body">Due by ${f.d(contact.followUpDue)}<#if contact.followUpOverdue> – <strong class="govuk-tag govuk-tag--red">Overdue</strong></#if><#if contact.followedUpOn??>; followed up on ${f.d(contact.followedUpOn)}</#if>.</p>
    <form method="post" action="/children/${child.id}/contacts/${contact.id}/follow-up" novalidate>
      <input type="hidden" name="_csrf" value="${shell.csrfToken}">
      <input type="hidden" name="version" value="${contact.version?c}">
      <@f.date name="followed_up_on" label="Date followed up" values=values errors=errors/>
      <@f.textarea name="follow_up_notes" label="What was done" values=values errors=errors/>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Record the follow-up</button>
    </form>
    </#if>
    <#if editing && contact.enforcement??>
    <h2 class="govuk-heading-m">${l.enforcement(contact.enforcement)?cap_first}</h2>
    <p class="govuk-body">This is unacceptable absence ${contact.absenceNumber} on its order.
      <#if contact.enforcementAction??>${l.enforcementAction(contact.enforcementAction)} on ${f.d(contact.enforcementOn)}<#if contact.enforcementReason??>: ${contact.enforcementReason}</#if>.</#if>
      <#if contact.enforcementDue> <strong class="govuk-tag govuk-tag--red">Step to record</strong></#if></p>
    <form method="post" action="/children/${child.id}/contacts/${contact.id}/enforcement" novalidate>
      <input type="hidden" name="_csrf" value="${shell.csrfToken}">
      <input type="hidden" name="version" value="${contact.version?c}">
      <#assign steps = [["warning_issued", "Warning issued"]]>
      <#if contact.enforcement == "breach_consideration"><#assign steps = steps + [["breach_initiated", "Breach proceedings started"], ["breach_not_initiated", "Breach proceedings not started"]]></#if>
      <@f.radios name="action" label="Step taken" inline=false options=steps values=values errors=errors/>
      <@f.date name="on" label="Date of the step" values=values errors=errors/>
      <@f.textarea name="reason" label="Reason (required when breach proceedings are not started)" values=values errors=errors/>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Record the step</button>
    </form>
    </#if>
  </div>
</div>
</@layout.page>
