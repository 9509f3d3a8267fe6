<#-- The section list of a structure as "key|heading" lines (read by the plan pages and tests). -->
<#include "structure-" + structure + ".ftl">
<#outputformat "plainText"><#list sections as s>${s.key}|${s.title}
</#list></#outputformat>
