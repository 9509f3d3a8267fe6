<#-- Display labels for assessments. -->
<#function tool code><#return {"asset_plus":"AssetPlus","pdat":"PDAT (prevention and diversion)"}[code]!code></#function>
<#function rating code=""><#if !code?has_content><#return "Not rated"></#if><#return code?replace("_", " ")?cap_first></#function>
<#function mappa code=""><#if !code?has_content><#return "Not recorded"><#elseif code == "none"><#return "Not MAPPA eligible"></#if><#return "Level " + code></#function>
<#function status code><#return {"draft":"Draft","submitted":"Awaiting countersignature","countersigned":"Countersigned"}[code]!code></#function>
<#function statusTag code><#return {"draft":"govuk-tag--grey","submitted":"govuk-tag--yellow","countersigned":"govuk-tag--green"}[code]!""></#function>
<#function dt value><#if value??><#return value?string?replace("T", " ")?keep_before(".")?keep_before("Z")></#if><#return ""></#function>
