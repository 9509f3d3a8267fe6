<@m.narrative "progress"/>
<#if doc.previousDelivery()?has_content>
<#assign all = []><#list doc.previousDelivery() as p><#assign all = all + p.actions()></#list>
<p>The previous plan had ${all?size} actions: ${all?filter(a -> a.rag() == "complete")?size} complete, ${all?filter(a -> a.rag() == "green")?size} on track, ${all?filter(a -> a.rag() == "amber")?size} at risk and ${all?filter(a -> a.rag() == "red")?size} off track. Unfinished actions are carried forward into this plan's delivery plan.</p>
<table>
  <caption>Actions of the previous plan and where they stand</caption>
  <thead><tr><th scope="col">Priority</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">RAG</th><th scope="col">Progress</th></tr></thead>
  <tbody>
  <#list doc.previousDelivery() as p><#list p.actions() as a>
    <tr><td>${p.title()}</td><td>${a.action()}</td><td>${a.owner()}</td><td><@m.date a.dueOn()/></td><td><@m.rag a.rag()/></td><td>${a.progress()!"–"}</td></tr>
  </#list></#list>
  </tbody>
</table>
<#else>
<p class="placeholder">There is no previous plan in yot-hub to report progress on.</p>
</#if>
