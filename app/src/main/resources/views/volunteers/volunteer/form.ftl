<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<#assign title = editing?then("Change " + volunteer.givenName + " " + volunteer.familyName, "Register a volunteer")>
<@layout.page title=title>
<a href="<#if editing>/volunteers/${volunteer.id}<#else>/volunteers</#if>" class="govuk-back-link">Back</a>
<@layout.errorSummary errors=errors/>
<h1 class="govuk-heading-xl">${title}</h1>
<form method="post" action="<#if editing>/volunteers/${volunteer.id}<#else>/volunteers</#if>" novalidate>
  <@f.csrf/>
  <#if editing><@f.hidden name="version" value=fields.version!""/></#if>
  <@f.text name="given_name" label="Given name" fields=fields errors=errors/>
  <@f.text name="family_name" label="Family name" fields=fields errors=errors/>
  <@f.text name="volunteer_ref" label="Reference" hint="Leave blank to number new volunteers automatically (V-0001, V-0002, ...)" fields=fields errors=errors width="govuk-input--width-10"/>
  <@f.text name="email" label="Email" type="email" fields=fields errors=errors/>
  <@f.text name="phone" label="Phone" type="tel" fields=fields errors=errors width="govuk-input--width-20"/>
  <@f.select name="status" label="Status" options=[["applicant","Applicant (in training)"],["active","Active"],["paused","Paused"],["left","Left"]] fields=fields errors=errors/>
  <@f.text name="joined_on" label="Date joined" type="date" hint="Needed once the volunteer is active" fields=fields errors=errors width="govuk-input--width-10"/>
  <@f.text name="left_on" label="Date left" type="date" fields=fields errors=errors width="govuk-input--width-10"/>
  <div class="govuk-form-group">
    <fieldset class="govuk-fieldset">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Available</legend>
      <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <@f.checkbox name="available_weekdays" label="Weekdays (daytime)" fields=fields/>
        <@f.checkbox name="available_evenings" label="Weekday evenings (from 5pm)" fields=fields/>
        <@f.checkbox name="available_weekends" label="Weekends" fields=fields/>
      </div>
    </fieldset>
  </div>
  <@f.textarea name="skills" label="Skills and experience" fields=fields errors=errors/>
  <@f.text name="languages" label="Languages other than English" fields=fields errors=errors/>
  <h2 class="govuk-heading-m">Equality monitoring (optional)</h2>
  <p class="govuk-body">Used only in totals, for example the share of volunteers who are female. Leave blank if not given.</p>
  <@f.select name="sex" label="Sex" blank="Not given" options=[["F","Female"],["M","Male"],["X","Other"]] fields=fields errors=errors/>
  <@f.select name="ethnic_group" label="Ethnic group" blank="Not given" options=[["White","White"],["Mixed","Mixed or multiple ethnic groups"],["Asian","Asian or Asian British"],["Black","Black, Black British, Caribbean or African"],["Other","Other ethnic group"]] fields=fields errors=errors/>
  <@f.select name="age_band" label="Age band" blank="Not given" options=[["18-24","18 to 24"],["25-34","25 to 34"],["35-44","35 to 44"],["45-54","45 to 54"],["55-64","55 to 64"],["65+","65 or over"]] fields=fields errors=errors/>
  <button type="submit" class="govuk-button" data-module="govuk-button">Save</button>
</form>
</@layout.page>
