<#-- Display labels for plans. -->
<#function status code><#return {"draft":"Draft","signed_off":"Signed off"}[code]!code></#function>
<#function statusTag code><#return {"draft":"govuk-tag--grey","signed_off":"govuk-tag--green"}[code]!""></#function>
<#function objective code><#return {"not_started":"Not started","in_progress":"In progress","achieved":"Achieved","not_achieved":"Not achieved"}[code]!code></#function>
<#function reason code><#return {"scheduled":"Scheduled review","significant_change":"Significant change"}[code]!code></#function>
<#function dt value><#if value??><#return value?string?replace("T", " ")?keep_before(".")?keep_before("Z")></#if><#return ""></#function>
