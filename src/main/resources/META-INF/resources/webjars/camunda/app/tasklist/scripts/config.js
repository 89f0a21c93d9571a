/*
 * Pemda override of Camunda 7.24's webjar file
 *   META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js
 *
 * Why this file exists: our src/main/resources comes before the
 * camunda-webapp-webjar on the classpath, so Spring Boot serves this file
 * INSTEAD of the webjar's config.js. It therefore replaces the whole original:
 * everything the original exports is kept here (the keyboard `shortcuts`,
 * with Indonesian descriptions). What we change:
 *   - `locales`: Bahasa Indonesia is the default UI language for every
 *     browser, English stays reachable (see the block below);
 *   - `app`: name and vendor shown in the header, login page and page title;
 *   - `customScripts`: scripts/form-messages.js, Indonesian for form-js, and
 *     scripts/dynamic-list-fix.js, "Selesaikan" for forms with a dynamic list.
 * The original's commented examples are kept for reference. When upgrading
 * Camunda, diff this file against the new webjar's config.js.
 */

/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// ---------------------------------------------------------------------------
// UI language: Bahasa Indonesia for every browser, English on request.
//
// How Camunda 7.24 picks the language (localization config in
// camunda-<app>-bootstrap.js, identical in all four webapps): once at start-up
// it takes the browser's first preferred language (navigator.languages[0],
// "en-US" -> "en") and uses it if it is listed in `locales.availableLocales`,
// otherwise `locales.fallbackLocale`. 7.24 has no language switcher and does
// not remember a user's choice. So `availableLocales: ['id', 'en']` would still
// show English to every browser set to English. To make Indonesian win for
// every browser we list only the language we want to show:
//   - default: availableLocales ['id'], fallbackLocale 'id' (locales/id.json)
//   - English: open any webapp once with `lang=en` in the query string or
//     after the '#', e.g. /camunda/app/tasklist/default/#/?lang=en (the server
//     redirect from /camunda/app/tasklist/ drops the query string, the '#'
//     part survives it). The choice is stored in this browser's localStorage
//     under 'pemda.webapps.lang', shared by Tasklist, Cockpit, Admin and
//     Welcome on the same host, until `lang=id` is opened the same way.
//     English uses the webjar's own locales/en.json.
// ---------------------------------------------------------------------------
const LANG_STORAGE_KEY = 'pemda.webapps.lang';

const lang = (() => {
  try {
    const requested = /[?&]lang=(id|en)(?![\w-])/.exec(
      window.location.search + window.location.hash
    );
    if (requested) {
      window.localStorage.setItem(LANG_STORAGE_KEY, requested[1]);
    }
    return window.localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch (e) {
    // localStorage blocked (e.g. strict privacy settings): stay Indonesian
    return 'id';
  }
})();

const locales =
  lang === 'en'
    ? { availableLocales: ['en'], fallbackLocale: 'en' }
    : { availableLocales: ['id'], fallbackLocale: 'id' };

// Keyboard shortcut descriptions are plain text in this file (not locale
// keys), so pick them by the same language choice: Indonesian by default,
// Camunda's original English text when English was chosen.
const text = (indonesian, english) => (lang === 'en' ? english : indonesian);

export default {
  // change the app name and vendor
  app: {
    name: 'Transisi Bandwidth',
    vendor: 'Pemda'
  },

  // Indonesian by default, English on request: see the block above
  locales,

  // Bahasa Indonesia for Camunda Forms' own messages (form-js has no locale
  // files) and the engine API's English prefix of a refused submission; and
  // a fix that lets a form with a dynamic list (the survey) be completed
  customScripts: ['scripts/form-messages', 'scripts/dynamic-list-fix'],

  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: text(
        'mengambil tugas yang sedang dipilih',
        'claims the currently selected task'
      )
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: text(
        'memindahkan fokus ke filter pertama dalam daftar',
        'set the focus to the first filter in the list'
      )
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: text(
        'memindahkan fokus ke tugas pertama dalam daftar',
        'sets the focus to the first task in the list'
      )
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: text(
        'memindahkan fokus ke kolom isian pertama pada formulir tugas',
        'sets the focus to the first input field in a task form'
      )
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: text(
        'membuka dialog mulai proses',
        'opens the start process modal dialog'
      )
    }
  }
};
