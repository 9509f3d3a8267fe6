<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<#assign title = editing?then("Change panel", "Book a panel")>
<#assign memberOptions = members?map(m -> [m.id?string, m.name + " (" + m.volunteerRef + ")"])>
<@layout.page title=title>
<a href="/volunteers/panels" class="govuk-back-link">Panel rota</a>
<@layout.errorSummary errors=errors/>
<h1 class="govuk-heading-xl">${title}</h1>
<form method="post" action="<#if editing>/volunteers/panels/${panel.id}<#else>/volunteers/panels</#if>" novalidate>
  <@f.csrf/>
  <#if editing><@f.hidden name="version" value=fields.version!""/></#if>
  <@f.text name="sits_on" label="Date" type="date" fields=fields errors=errors width="govuk-input--width-10"/>
  <@f.text name="starts_at" label="Starts at" type="time" fields=fields errors=errors width="govuk-input--width-5"/>
  <@f.text name="ends_at" label="Ends at" type="time" fields=fields errors=errors width="govuk-input--width-5"/>
  <div class="govuk-form-group">
    <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
      <@f.checkbox name="virtual" label="Virtual panel (video call)" fields=fields/>
    </div>
  </div>
  <@f.text name="venue" label="Venue" hint="Needed unless the panel is virtual" fields=fields errors=errors/>
  <div class="govuk-form-group<#if errors.member_ids??> govuk-form-group--error</#if>" id="member_ids">
    <fieldset class="govuk-fieldset">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Community panel members</legend>
      <div class="govuk-hint">Two volunteers holding a panel role, cleared (DBS and training), available then and not booked elsewhere.</div>
      <@f.errorMessage name="member_ids" errors=errors/>
      <@f.select name="member_1" label="First member" blank="Choose a volunteer" options=memberOptions fields=fields errors=errors/>
      <@f.select name="member_2" label="Second member" blank="Choose a volunteer" options=memberOptions fields=fields errors=errors/>
      <@f.select name="chair" label="Chair" blank="No chair named" options=[["member_1","First member"],["member_2","Second member"]] fields=fields errors=errors/>
      <@f.errorMessage name="chair_id" errors=errors/>
    </fieldset>
  </div>
  <@f.select name="yot_officer_id" label="YOT officer" blank="Choose a member of staff" options=officers?map(o -> [o.id, o.name]) fields=fields errors=errors/>
  <@f.text name="child_id" label="Child's record id (optional)" hint="Panel members who know the child will be refused" fields=fields errors=errors/>
  <button type="submit" class="govuk-button" data-module="govuk-button">Save panel</button>
</form>
</@layout.page>
