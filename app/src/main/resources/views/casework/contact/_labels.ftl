<#-- Display labels for contacts. -->
<#function type code><#return {"office":"Office","home_visit":"Home visit","phone":"Phone","video":"Video","school":"School","other":"Other"}[code]!code></#function>
<#function outcome code=""><#if !code?has_content><#return "Scheduled"></#if><#return {"attended":"Attended","acceptable_absence":"Acceptable absence","unacceptable_absence":"Unacceptable absence"}[code]!code></#function>
<#function outcomeTag code=""><#if !code?has_content><#return "govuk-tag--blue"></#if><#return {"attended":"govuk-tag--green","acceptable_absence":"govuk-tag--yellow","unacceptable_absence":"govuk-tag--red"}[code]!""></#function>
<#function enforcement code=""><#return {"warning":"Warning","breach_consideration":"Breach consideration"}[code]!""></#function>
<#function enforcementAction code=""><#return {"warning_issued":"Warning issued","breach_initiated":"Breach proceedings started","breach_not_initiated":"Breach proceedings not started"}[code]!code></#function>
