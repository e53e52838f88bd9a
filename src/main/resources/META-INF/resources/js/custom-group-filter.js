// Narrows the list of councils on the custom group page as one types or chooses a type or region, without sending the
// form (the page filters on the server too, with the "Filter the list" button, when this script does not run). Ticked
// councils stay ticked, and are saved, whether or not the filter shows them; the count of chosen councils is announced.
const form = document.getElementById('custom-group-form');

if (form) {
  enhance(form);
}

function enhance(form) {
  const search = form.elements.namedItem('q');
  const type = form.elements.namedItem('type');
  const region = form.elements.namedItem('region');
  const items = Array.from(form.querySelectorAll('#councils-list .govuk-checkboxes__item'));
  const noMatches = document.getElementById('no-matches');
  const count = document.getElementById('chosen-count');
  const filterButton = document.getElementById('filter-button');
  if (filterButton) filterButton.hidden = true;

  const chosenText = (item) => (item.querySelector('.govuk-checkboxes__hint') || { textContent: '' }).textContent;
  const selectedText = (select) => (select.value === '' ? '' : select.options[select.selectedIndex].text);

  const apply = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter((word) => word !== '');
    const typeName = selectedText(type);
    const regionName = selectedText(region);
    let shown = 0;
    for (const item of items) {
      const name = item.querySelector('label').textContent.toLowerCase();
      const hint = chosenText(item);
      const matches = words.every((word) => name.includes(word))
        && (typeName === '' || hint.startsWith(typeName))
        && (regionName === '' || hint.endsWith(regionName));
      item.hidden = !matches;
      if (matches) shown++;
    }
    if (noMatches) noMatches.hidden = shown > 0 || items.length === 0;
  };

  const recount = () => {
    const ticked = form.querySelectorAll('input[name="councils"][type="checkbox"]:checked').length;
    const kept = form.querySelectorAll('input[name="councils"][type="hidden"]').length;
    const total = ticked + kept;
    count.textContent = 'You have chosen ' + total + (total === 1 ? ' council.' : ' councils.');
    const showAll = document.getElementById('show-all');
    if (showAll) {
      const codes = Array.from(form.querySelectorAll('input[name="councils"]'))
        .filter((input) => input.type === 'hidden' || input.checked)
        .map((input) => input.value);
      const url = new URL(showAll.href);
      url.searchParams.set('chosen', codes.join(','));
      showAll.href = url.toString();
    }
  };

  search.addEventListener('input', apply);
  type.addEventListener('change', apply);
  region.addEventListener('change', apply);
  // Enter in the search box filters, as the hidden button would, rather than saving.
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
  form.addEventListener('change', (event) => {
    if (event.target.name === 'councils') recount();
  });
}
