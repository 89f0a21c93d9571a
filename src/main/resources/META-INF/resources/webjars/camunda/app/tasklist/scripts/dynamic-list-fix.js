/*
 * Lets a Camunda Form with a dynamic list be completed in Tasklist 7.24.
 *
 * The defect: form-js 1.8.7 stores a field's validation messages at errors[fieldId][row] when
 * the field sits in a dynamic list, and on a valid value deletes only errors[fieldId][row],
 * leaving errors[fieldId] = [] behind (Form._update with min-dash's set). Tasklist's Camunda
 * Forms directive counts Object.keys(errors) on every change and disables "Selesaikan" while
 * there is any key. So once an OPD operator typed in a site of the survey (or Diskominfo in a
 * site of the coordination plan), the button stayed disabled for good, with no message shown.
 *
 * The fix: before form-js publishes its state, drop the keys whose value holds no message.
 * Nothing else changes: real messages stay where form-js put them. form-js's Form class is
 * reached through the webpack runtime that lib/deps.js registers on the page; 57661 is the
 * module id of @bpmn-io/form-js in Camunda 7.24.0's lib/deps.js (the one Tasklist's own
 * Camunda Forms directive requires). If a Camunda upgrade moves it, the script warns and
 * leaves the page alone: check whether the new form-js still needs this.
 */

const FORM_JS_MODULE = 57661;

function holdsMessage(value) {
  if (typeof value === 'string') {
    return true;
  }
  if (value && typeof value === 'object') {
    return Object.values(value).some(holdsMessage);
  }
  return false;
}

function withoutEmptyErrors(errors) {
  const kept = {};
  Object.keys(errors).forEach((key) => {
    if (holdsMessage(errors[key])) {
      kept[key] = errors[key];
    }
  });
  return kept;
}

function patch(Form) {
  const setState = Form.prototype._setState;
  if (setState.pemdaPatched) {
    return;
  }
  const patched = function (state) {
    if (state && state.errors) {
      return setState.call(this, { ...state, errors: withoutEmptyErrors(state.errors) });
    }
    return setState.call(this, state);
  };
  patched.pemdaPatched = true;
  Form.prototype._setState = patched;
}

const chunks = window.webpackChunkcamunda_bpm_webapp;
if (chunks && typeof chunks.push === 'function') {
  chunks.push([
    ['pemda-dynamic-list-fix'],
    {},
    (require) => {
      try {
        const formJs = require.m && require.m[FORM_JS_MODULE] ? require(FORM_JS_MODULE) : null;
        if (formJs && formJs.Form && formJs.Form.prototype._setState) {
          patch(formJs.Form);
        } else {
          console.warn('dynamic-list-fix: form-js not found in lib/deps.js; Tasklist left unchanged');
        }
      } catch (e) {
        console.warn('dynamic-list-fix: not applied', e);
      }
    }
  ]);
} else {
  console.warn('dynamic-list-fix: webpack runtime not found; Tasklist left unchanged');
}
