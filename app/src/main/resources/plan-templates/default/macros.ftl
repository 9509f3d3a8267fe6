<#-- Formatting shared by the document templates. Numbers are exact in the data and rounded here only. -->
<#macro num v="" digits=1><#if v?has_content && v?is_number>${v?string["#,##0" + (digits > 0)?then("." + ""?left_pad(digits, "0"), "")]}<#else>–</#if></#macro>
<#macro money v=""><#if v?has_content && v?is_number><#if v lt 0>−£${(-v)?string["#,##0"]}<#else>£${v?string["#,##0"]}</#if><#else>–</#if></#macro>
<#macro pct v="" digits=1><#if v?has_content && v?is_number>${v?string["0." + ""?left_pad(digits, "0")]}%<#else>–</#if></#macro>
<#macro change v=""><#if v?has_content && v?is_number><#if v gt 0>+</#if>${v?string["0.0"]}%<#else>–</#if></#macro>
<#macro measure v unit><#if !(v?has_content && v?is_number)>–<#elseif unit == "%">${v?string["0.0"]}%<#elseif unit == "per 100,000" || unit == "nights">${v?string["#,##0"]}<#else>${v?string["0.00"]}</#if></#macro>
<#macro rag value><#assign r = value?lower_case><#if r == "none" || r == "">–<#else><span class="rag rag-${r}">${r?replace("_", " ")?cap_first}</span></#if></#macro>
<#macro date d=""><#if d?has_content>${d.format(dateFormat)}<#else>–</#if></#macro>
<#macro narrative key>
<#assign html = doc.narrative(key)>
<#if html?has_content><div class="narrative">${html?no_esc}</div><#else><p class="placeholder">This part of the plan has not been written yet.</p></#if>
</#macro>
<#macro instant t=""><#if t?has_content>${t.atZone(zone).format(dateFormat)}<#else>–</#if></#macro>
