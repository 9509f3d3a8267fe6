<#-- Pieces shared by the risk register pages. -->
<#function tagClass band><#return {"high": "govuk-tag--red", "medium": "govuk-tag--yellow", "low": "govuk-tag--green"}[band]!""></#function>
<#macro bandTag band><strong class="govuk-tag ${tagClass(band)}">${band?cap_first}</strong></#macro>
<#macro statusTag status><#if status == "escalated"><strong class="govuk-tag govuk-tag--purple">Escalated to board</strong><#elseif status == "closed"><strong class="govuk-tag govuk-tag--grey">Closed</strong><#else><strong class="govuk-tag govuk-tag--blue">Open</strong></#if></#macro>

<#-- The 5 x 5 heat map as a table: likelihood rows (5 at the top) by impact columns; each cell says its count, score and band in words. -->
<#macro heatMap map>
<table class="govuk-table" id="heat-map">
  <caption class="govuk-table__caption govuk-table__caption--m">Heat map of live risks: likelihood by impact</caption>
  <thead class="govuk-table__head">
    <tr class="govuk-table__row">
      <td class="govuk-table__header"><span class="govuk-visually-hidden">Likelihood</span></td>
      <#list map.rows[0].cells as c><th scope="col" class="govuk-table__header">Impact ${c.impact}<br><span class="govuk-body-s">${["Minimal","Minor","Moderate","Major","Severe"][c.impact - 1]}</span></th></#list>
    </tr>
  </thead>
  <tbody class="govuk-table__body">
  <#list map.rows as row>
    <tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header">Likelihood ${row.likelihood}<br><span class="govuk-body-s">${row.label}</span></th>
      <#list row.cells as c>
      <td class="govuk-table__cell yh-heat yh-heat--${c.band}">
        <span class="yh-heat__count">${c.count}</span>
        <span class="govuk-body-s">score ${c.score}, ${c.band}</span>
        <#if c.riskRefs?has_content><br><span class="govuk-body-s">${c.riskRefs?join(", ")}</span></#if>
      </td>
      </#list>
    </tr>
  </#list>
  </tbody>
</table>
<p class="govuk-body-s">Score = likelihood × impact. High from ${map.highBound}, medium from ${map.mediumBound}, otherwise low.</p>
</#macro>
