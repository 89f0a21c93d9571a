/*
 * Bahasa Indonesia for the texts Tasklist's Camunda Forms show that no locale file reaches.
 *
 * Why a script: form-js 1.8.7, bundled in Camunda 7.24's lib/deps.js, has its client messages
 * ("Field is required.", "Field must have minimum value of 0.", "Add new", the select's
 * "Select") written into its code, with no translation hook, and Tasklist shows the engine
 * REST API's refusal of a submission with the API's English prefix ("Cannot submit task form
 * <id>: ..."; the rest of that message is the application's own, already Indonesian). Tasklist
 * loads this module through `customScripts` in scripts/config.js. It watches the page and
 * rewrites exactly those texts where they appear: form-js renders with Preact, which compares
 * its own virtual tree, not the page, so a rewritten text stays until form-js changes it, and
 * then it is rewritten again.
 *
 * English stays English: with `lang=en` chosen (see config.js) the script does nothing.
 * When upgrading Camunda (form-js), check these texts against the new lib/deps.js.
 */

const LANG_STORAGE_KEY = 'pemda.webapps.lang';

const english = (() => {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY) === 'en';
  } catch (e) {
    return false;
  }
})();

// Whole texts of a node, form-js's validation messages first (validateField in deps.js).
const TEXTS = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Nilai paling kecil ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Nilai paling besar ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Paling sedikit ${m[1]} karakter.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Paling banyak ${m[1]} karakter.`],
  // the pattern itself means nothing to a user; the field's description says what to enter
  [/^Field must match pattern .+\.$/, () => 'Format isian tidak sesuai.'],
  [/^Field must be a valid email\.$/, () => 'Alamat email tidak valid.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Nomor telepon internasional tidak valid (contoh: +6281234567890).'],
  [/^Value is not a number\.$/, () => 'Isian harus berupa angka.'],
  [/^Value is expected to be an integer\.$/, () => 'Isian harus bilangan bulat.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Paling banyak ${m[1]} angka di belakang koma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, (m) => `Pilih nilai yang sah; dua nilai terdekat: ${m[1]} dan ${m[2]}.`],
  [/^Date and time must both be entered\.$/, () => 'Tanggal dan jam harus diisi keduanya.'],
  // dynamic lists, selects, tables
  [/^Add new$/, () => 'Tambah baris'],
  [/^Collapse$/, () => 'Ciutkan'],
  [/^Expand all \((\d+)\)$/, (m) => `Tampilkan semua (${m[1]})`],
  [/^Select$/, () => 'Pilih'],
  [/^No results$/, () => 'Tidak ada hasil'],
  [/^Nothing to show\.$/, () => 'Tidak ada data.'],
  // the engine REST API's prefix before the application's own (Indonesian) message
  // (ids hold colons: complaint-intake:1:6224d763-...)
  [/^Cannot submit task form \S+: ([\s\S]*)$/, (m) => `Formulir tugas tidak dapat dikirim: ${m[1]}`],
  [/^Cannot instantiate process definition \S+: ([\s\S]*)$/, (m) => `Proses tidak dapat dimulai: ${m[1]}`]
];

// Attributes form-js writes in English (screen readers, placeholders).
const ATTRIBUTES = [
  ['aria-label', /^Remove list item (\d+)$/, (m) => `Hapus baris ${m[1]}`],
  ['aria-label', /^Increment$/, () => 'Tambah'],
  ['aria-label', /^Decrement$/, () => 'Kurangi'],
  ['aria-label', /^Previous page$/, () => 'Halaman sebelumnya'],
  ['aria-label', /^Next page$/, () => 'Halaman berikutnya'],
  ['placeholder', /^Search$/, () => 'Cari']
];

function translate(text, rules) {
  const trimmed = text.trim();
  for (const [pattern, to] of rules) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, to(match));
    }
  }
  return null;
}

function translateText(node) {
  const translated = translate(node.data, TEXTS);
  if (translated !== null && translated !== node.data) {
    node.data = translated;
  }
}

function translateAttributes(element) {
  for (const [name, pattern, to] of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) {
      const match = pattern.exec(value);
      if (match) {
        element.setAttribute(name, to(match));
      }
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateText(node);
    } else {
      translateAttributes(node);
    }
  }
}

if (!english) {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateText(mutation.target);
      } else if (mutation.type === 'attributes') {
        translateAttributes(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateTree);
      }
    }
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-label', 'placeholder']
  });
  translateTree(document.body);
}
