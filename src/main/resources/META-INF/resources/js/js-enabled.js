// Runs at the top of <body> (an external file, as the Content-Security-Policy forbids inline scripts):
// marks the page so GOV.UK Frontend's JavaScript-only styles apply before the components initialise.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
