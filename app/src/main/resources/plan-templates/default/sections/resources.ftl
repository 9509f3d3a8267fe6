<@m.narrative "resources"/>
<#assign b = doc.budget()>
<h3>Budget ${b.label()}</h3>
<#if b.isEmpty()>
<p class="placeholder">The ${b.label()} budget has not been entered yet.</p>
<#else>
<table>
  <caption>Partner contributions to the youth justice partnership pooled budget ${b.label()}</caption>
  <thead><tr><th scope="col">Agency</th><th scope="col" class="n">Staffing costs</th><th scope="col" class="n">Payments in kind</th><th scope="col" class="n">Other delegated funds</th><th scope="col" class="n">Total</th><th scope="col" class="n">${doc.previousBudget().label()}</th><th scope="col" class="n">Change</th></tr></thead>
  <tbody>
  <#list b.contributions() as c>
    <tr><th scope="row">${c.agency()}</th><td class="n"><@m.money c.staffing()/></td><td class="n"><@m.money c.inKind()/></td><td class="n"><@m.money c.delegatedFunds()/></td><td class="n"><@m.money c.total()/></td><td class="n"><@m.money c.previousTotal()!""/></td><td class="n"><@m.change c.change()!""/></td></tr>
  </#list>
    <tr class="total"><th scope="row">Total</th><td class="n"><@m.money b.totals().staffing()/></td><td class="n"><@m.money b.totals().inKind()/></td><td class="n"><@m.money b.totals().delegatedFunds()/></td><td class="n"><@m.money b.totals().total()/></td><td class="n"><@m.money b.previousContributions()!""/></td><td class="n"><@m.change b.contributionsChange()!""/></td></tr>
  </tbody>
</table>
<#if b.expenditure()?has_content>
<table>
  <caption>Planned expenditure ${b.label()}</caption>
  <thead><tr><th scope="col">Heading</th><th scope="col" class="n">Amount</th><th scope="col" class="n">${doc.previousBudget().label()}</th><th scope="col" class="n">Change</th></tr></thead>
  <tbody>
  <#list b.expenditure() as e>
    <tr><th scope="row">${e.heading()}</th><td class="n"><@m.money e.amount()/></td><td class="n"><@m.money e.previousAmount()!""/></td><td class="n"><@m.change e.change()!""/></td></tr>
  </#list>
    <tr class="total"><th scope="row">Total expenditure</th><td class="n"><@m.money b.totalExpenditure()/></td><td class="n"><@m.money b.previousExpenditure()!""/></td><td class="n"><@m.change b.expenditureChange()!""/></td></tr>
  </tbody>
</table>
<p>Expenditure less contributions: <strong><@m.money b.variance()/></strong><#if b.variance() gt 0> (a forecast overspend)<#elseif b.variance() lt 0> (a forecast underspend)</#if>.</p>
</#if>
</#if>
<h3>Volunteers</h3>
<#if doc.volunteers()??>
<#assign v = doc.volunteers()>
<p>In ${v.year()}, ${v.activeVolunteers()} volunteers gave <@m.num v.hours() 0/> hours to the service (black and minority ethnic: ${v.blackAndMinorityEthnic()}; female: ${v.female()}).</p>
<#if v.byRole()?has_content>
<table>
  <caption>Volunteers by role, ${v.year()}</caption>
  <thead><tr><th scope="col">Role</th><th scope="col" class="n">Volunteers</th><th scope="col" class="n">Hours</th></tr></thead>
  <tbody><#list v.byRole() as r><tr><th scope="row">${r.label()}</th><td class="n">${r.volunteers()}</td><td class="n"><@m.num r.hours() 0/></td></tr></#list></tbody>
</table>
</#if>
<#else>
<p class="placeholder">No volunteer figures are available for this year.</p>
</#if>
