<#assign p = doc.plan()>
<p>We confirm that the ${doc.tenantName()} management board has approved the ${p.title()}.</p>
<table class="signature">
  <caption>Sign-off</caption>
  <thead><tr><th scope="col">Role</th><th scope="col">Name</th><th scope="col">Date</th></tr></thead>
  <tbody>
    <tr><th scope="row">Chair, youth justice management board</th><td>${p.chairName()!"Awaiting board approval"}</td><td><@m.instant p.chairSignedAt()!""/></td></tr>
    <tr><th scope="row">Manager, youth justice service</th><td>${p.managerName()!"Awaiting sign-off"}</td><td><@m.instant p.managerSignedAt()!""/></td></tr>
  </tbody>
</table>
<#if p.publishedAt()??><p class="note">Published <@m.instant p.publishedAt()/>. Plans are due with the Youth Justice Board by <@m.date p.deadline()/>.</p><#else><p class="note">Plans are due with the Youth Justice Board by <@m.date p.deadline()/>.</p></#if>
