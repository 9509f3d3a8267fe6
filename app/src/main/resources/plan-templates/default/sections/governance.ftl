<@m.narrative "governance"/>
<h3>Management board</h3>
<#if doc.board()?has_content>
<table>
  <caption>Members of the management board</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Agency</th><th scope="col">Board role</th><th scope="col">Champion for</th></tr></thead>
  <tbody>
  <#list doc.board() as b>
    <tr><td>${b.name()}</td><td>${b.roleTitle()}</td><td>${b.agency()}</td><td><#if b.chair()>Chair<#elseif b.statutory()>Statutory partner<#else>Member</#if></td><td>${b.champion()!"–"}</td></tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="placeholder">No board members are recorded yet.</p>
</#if>
<h3>Attendance at board meetings, ${doc.performanceYear()}</h3>
<#assign att = doc.attendance()>
<#if att.meetings()?has_content>
<table>
  <caption>Senior partner attendance by meeting (YJB key performance indicator 7)</caption>
  <thead><tr><th scope="col">Partner</th><#list att.meetings() as d><th scope="col" class="n">${d.format(shortDate)}</th></#list><th scope="col" class="n">Attended</th></tr></thead>
  <tbody>
  <#list att.rows() as r>
    <tr><th scope="row">${r.label()}</th><#list r.attended() as a><td class="n">${a?then("Yes", "No")}</td></#list><td class="n">${r.count()} of ${att.meetings()?size} (<@m.pct r.percent() 0/>)</td></tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="placeholder">No board meetings are recorded for ${doc.performanceYear()}.</p>
</#if>
