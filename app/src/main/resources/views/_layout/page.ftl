<#-- The page frame shared by every screen: GOV.UK Frontend styles, skip link, header with the
     YOT and signed-in user, service navigation, demo banner and footer. refresh > 0 reloads the
     page every so many seconds (progress pages). -->
<#macro page title refresh=0>
<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>${title} – <#if shell.tenantName??>${shell.tenantName} – </#if>yot-hub</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <#if refresh gt 0><meta http-equiv="refresh" content="${refresh?c}"></#if>
  <meta name="theme-color" content="#0b0c0c">
  <link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
  <link rel="stylesheet" href="/govuk/govuk-frontend.min.css">
  <link rel="stylesheet" href="/static/app.css">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" data-module="govuk-header">
    <div class="govuk-header__container govuk-width-container">
      <div class="govuk-header__logo">
        <a href="/" class="govuk-header__link govuk-header__link--homepage">
          <span class="govuk-header__logotype-text">yot-hub</span>
        </a>
      </div>
      <div class="govuk-header__content">
        <#if shell.signedIn>
          <span class="govuk-header__service-name">${shell.tenantName}</span>
          <span class="yh-header-user govuk-body-s">Signed in as ${shell.userName}</span>
        <#else>
          <span class="govuk-header__service-name">Youth justice case management</span>
        </#if>
      </div>
    </div>
  </header>
  <#if shell.signedIn>
  <section aria-label="Service menu" class="govuk-service-navigation" data-module="govuk-service-navigation">
    <div class="govuk-width-container">
      <div class="govuk-service-navigation__container">
        <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
          <ul class="govuk-service-navigation__list" id="navigation">
            <#list shell.nav as item>
            <li class="govuk-service-navigation__item<#if item.current()> govuk-service-navigation__item--active</#if>">
              <a class="govuk-service-navigation__link" href="${item.href()}"<#if item.current()> aria-current="page"</#if>>${item.label()}</a>
            </li>
            </#list>
            <li class="govuk-service-navigation__item">
              <form method="post" action="/logout" class="yh-inline-form">
                <input type="hidden" name="_csrf" value="${shell.csrfToken!}">
                <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Sign out</button>
              </form>
            </li>
          </ul>
        </nav>
      </div>
    </div>
  </section>
  </#if>
  <div class="govuk-width-container">
    <#if shell.demo>
    <div class="govuk-phase-banner">
      <p class="govuk-phase-banner__content">
        <strong class="govuk-tag govuk-phase-banner__content__tag">Demo</strong>
        <span class="govuk-phase-banner__text">Demonstration mode: fictional data only. Never enter real children's details.</span>
      </p>
    </div>
    </#if>
    <main class="govuk-main-wrapper" id="main-content">
      <#nested>
    </main>
  </div>
  <footer class="govuk-footer">
    <div class="govuk-width-container">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <h2 class="govuk-visually-hidden">Support links</h2>
          <ul class="govuk-footer__inline-list">
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/api-docs">API reference</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/health">Service status</a></li>
          </ul>
          <span class="govuk-footer__licence-description">Records are children's criminal-offence data. Every view and change is audited.</span>
        </div>
      </div>
    </div>
  </footer>
  <script type="module" src="/static/app.js"></script>
</body>
</html>
</#macro>

<#-- A GOV.UK error summary for a map of field -> message. -->
<#macro errorSummary errors>
<#if errors?has_content>
<div class="govuk-error-summary" data-module="govuk-error-summary">
  <div role="alert">
    <h2 class="govuk-error-summary__title">There is a problem</h2>
    <div class="govuk-error-summary__body">
      <ul class="govuk-list govuk-error-summary__list">
        <#list errors as field, message>
        <li><a href="#${field}">${message}</a></li>
        </#list>
      </ul>
    </div>
  </div>
</div>
</#if>
</#macro>
