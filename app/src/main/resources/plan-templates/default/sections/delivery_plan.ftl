<@m.narrative "delivery_plan"/>
<#if doc.delivery()?has_content>
<#list doc.delivery() as p>
<h3>Priority ${p?index + 1}: ${p.title()}</h3>
<#if p.outcome()?has_content><p>${p.outcome()}</p></#if>
<#if p.lead()?has_content><p class="note">Lead: ${p.lead()}<#if p.carriedForward()> · carried forward from the previous plan</#if></p></#if>
<#if p.actions()?has_content>
<table>
  <caption>Actions for priority ${p?index + 1}</caption>
  <thead><tr><th scope="col">No.</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">RAG</th><th scope="col">What success will look like</th><th scope="col">Progress</th></tr></thead>
  <tbody>
  <#list p.actions() as a>
    <tr><td>${p?index + 1}.${a?index + 1}</td><td>${a.action()}<#if a.risks()?has_content><br /><span class="note">Risks: <#list a.risks() as r>${r.ref()} ${r.title()}<#sep>; </#sep></#list></span></#if></td><td>${a.owner()}</td><td><@m.date a.dueOn()/></td><td><@m.rag a.rag()/></td><td>${a.successMeasure()}</td><td>${a.progress()!"–"}</td></tr>
  </#list>
  </tbody>
</table>
</#if>
</#list>
<#else>
<p class="placeholder">No priorities have been added to the delivery plan yet.</p>
</#if>
