<@m.narrative "challenges"/>
<h3>High and escalated risks</h3>
<#if !doc.risksAvailable()>
<p class="placeholder">The risk register is not available.</p>
<#elseif doc.risks()?has_content>
<table>
  <caption>High and escalated risks from the risk register</caption>
  <thead><tr><th scope="col">Ref</th><th scope="col">Risk</th><th scope="col">Rating</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Controls and actions</th><th scope="col">Review</th></tr></thead>
  <tbody>
  <#list doc.risks() as r>
    <tr><td>${r.ref()}</td><td><strong>${r.title()}</strong><#if r.description()?has_content><br />${r.description()}</#if></td><td>${r.band()?cap_first} (${r.score()})</td><td>${r.status()?cap_first}</td><td>${r.owner()!"–"}</td><td><#list r.actions() as a>${a}<#sep><br /></#sep><#else>–</#list></td><td><@m.date r.reviewOn()!""/></td></tr>
  </#list>
  </tbody>
</table>
<#else>
<p>The risk register holds no high or escalated risks.</p>
</#if>
