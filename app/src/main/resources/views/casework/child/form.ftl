<#import "../../_layout/page.ftl" as layout>
<#import "../_forms.ftl" as f>
<#assign title = editing?then("Edit " + child.displayName(), "Add a child")>
<@layout.page title=title>
<#if editing><a href="/children/${child.id}" class="govuk-back-link">Back to the record</a></#if>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <@layout.errorSummary errors=errors/>
    <h1 class="govuk-heading-l">${title}</h1>
    <form method="post" action="<#if editing>/children/${child.id}<#else>/children</#if>" novalidate>
      <input type="hidden" name="_csrf" value="${shell.csrfToken}">
      <#if editing><input type="hidden" name="version" value="${values.version!""}"></#if>
      <h2 class="govuk-heading-m">Identity</h2>
      <@f.text name="child_ref" label="Reference" hint="Your YOT's reference, unique in your YOT, for example SOU-000123" values=values errors=errors width="govuk-input--width-10"/>
      <@f.text name="given_name" label="Given name" values=values errors=errors/>
      <@f.text name="family_name" label="Family name" values=values errors=errors/>
      <@f.date name="date_of_birth" label="Date of birth" values=values errors=errors/>
      <@f.radios name="sex" label="Sex" options=[["M","Male"],["F","Female"],["X","Another term"],["U","Not known"]] values=values errors=errors/>
      <@f.select name="ethnicity" label="Ethnic group" options=[["","Choose"],["White","White"],["Mixed","Mixed or multiple ethnic groups"],["Asian","Asian or Asian British"],["Black","Black, Black British, Caribbean or African"],["Other","Other ethnic group"],["Unknown","Not known"]] values=values errors=errors/>
      <@f.text name="ethnicity_detail" label="Ethnic group in detail (optional)" hint="For example, White Irish or Black Caribbean" values=values errors=errors/>
      <@f.text name="postcode_district" label="Postcode district (optional)" hint="The first half of the postcode, for example SO14" values=values errors=errors width="govuk-input--width-5"/>
      <@f.text name="school" label="School or college (optional)" values=values errors=errors width="govuk-!-width-two-thirds"/>
      <h2 class="govuk-heading-m">Circumstances</h2>
      <@f.yesNo name="looked_after" label="Looked after" values=values errors=errors/>
      <@f.yesNo name="child_in_need" label="Child in need" values=values errors=errors/>
      <@f.yesNo name="child_protection_plan" label="Child protection plan" values=values errors=errors/>
      <@f.yesNo name="early_help" label="Early help" values=values errors=errors/>
      <@f.yesNo name="send_identified" label="Special educational needs or disabilities (SEND) identified" values=values errors=errors/>
      <@f.yesNo name="send_formal_plan" label="Formal SEND plan (EHCP)" values=values errors=errors/>
      <@f.yesNo name="speech_language_need" label="Speech, language or communication need" values=values errors=errors/>
      <@f.yesNo name="care_leaver" label="Care leaver" values=values errors=errors/>
      <#if editing>
      <h2 class="govuk-heading-m">Case</h2>
      <@f.radios name="status" label="Case status" options=[["open","Open"],["closed","Closed"]] values=values errors=errors/>
      <@f.date name="opened_on" label="Date opened" values=values errors=errors/>
      <@f.date name="closed_on" label="Date closed (if closed)" values=values errors=errors/>
      </#if>
      <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button"><#if editing>Save changes<#else>Add child</#if></button>
        <a class="govuk-link" href="<#if editing>/children/${child.id}<#else>/children</#if>">Cancel</a>
      </div>
    </form>
  </div>
</div>
</@layout.page>
