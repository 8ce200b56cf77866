/*
 * A test LMS: scorm-again's Scorm2004API as window.API_1484_11, behind a recording proxy. The
 * proxy keeps every call with its result and error code, and the LMS's stored data as of the last
 * successful Commit or Terminate, so that a test can relaunch a SCO with what an LMS would keep.
 * Driven by the Java tests through window.lms.
 */
(function () {
  'use strict';

  var FUNCTIONS = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'];
  // SCORM 1.2 names the same functions with an LMS prefix and Finish for Terminate.
  var FUNCTIONS_12 = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
  // What an LMS gives back on resume: not the write-only elements, not navigation requests.
  var NOT_KEPT = /^(cmi\.exit|cmi\.session_time|adl\.nav\.request|cmi\.core\.exit|cmi\.core\.session_time)$/;

  var lms = window.lms = {
    calls: [],
    logs: [],
    values: {},
    committed: null,
    failCommits: 0,
    forcedError: null,
    api: null,

    /**
     * A fresh LMS session. opts: entry ('ab-initio' | 'resume'), data (flattened cmi values kept
     * from an earlier session), navValid ({continue: 'true', ...}), scoItemIds (choice targets the LMS accepts),
     * failCommits (how many Commit calls the LMS refuses with 391).
     */
    start: function (opts) {
      opts = opts || {};
      var scorm12 = opts.version === '1.2';
      var api = new (scorm12 ? window.Scorm12API : window.Scorm2004API)({
        autocommit: false,
        lmsCommitUrl: false,
        logLevel: 3,
        // the items a choice request may target (scorm-again's own setting for this)
        scoItemIds: opts.scoItemIds || [],
        onLogMessage: function (level, message) { lms.logs.push({ level: String(level), message: String(message) }); }
      });
      if (opts.data) api.loadFromFlattenedJSON(opts.data, '');
      if (scorm12) {
        api.cmi.core.entry = opts.entry || 'ab-initio';
      } else {
        api.cmi.entry = opts.entry || 'ab-initio';
        var valid = opts.navValid || {};
        Object.keys(valid).forEach(function (k) { api.adl.nav.request_valid[k] = valid[k]; });
      }
      lms.api = api;
      lms.calls = [];
      lms.logs = [];
      lms.values = {};
      lms.committed = opts.data ? JSON.parse(JSON.stringify(opts.data)) : {};
      lms.failCommits = opts.failCommits || 0;
      lms.forcedError = null;
      delete window.API;
      delete window.API_1484_11;
      if (scorm12) window.API = proxy(api, FUNCTIONS_12);
      else window.API_1484_11 = proxy(api, FUNCTIONS);
    },

    /** Loads the SCO in the frame, or in a new window ('popup') that finds the API through its opener. */
    open: function (url, how) {
      if (how === 'popup') return !!window.open(url, 'kemas-sco');
      document.getElementById('sco').src = url;
      return true;
    },

    count: function (fn) {
      return lms.calls.filter(function (c) { return c.fn === fn; }).length;
    },

    /** Calls (named as in SCORM 2004, whatever the version) that failed, except GetValue of an element the LMS has no value for (403). */
    errors: function () {
      return lms.calls.filter(function (c) {
        if (/^Get(LastError|ErrorString|Diagnostic)$/.test(c.fn)) return false;
        return c.error !== '0' && !(c.fn === 'GetValue' && c.error === '403');
      });
    },

    /** scorm-again's own log lines at ERROR level. */
    errorLogs: function () {
      return lms.logs.filter(function (l) { return l.level === '4' || /error/i.test(l.level); });
    },

    setValues: function (prefix) {
      return lms.calls.filter(function (c) { return c.fn === 'SetValue' && c.args[0].indexOf(prefix) === 0; });
    }
  };

  function proxy(api, functions) {
    var p = {};
    functions.forEach(function (fn) {
      p[fn] = function () {
        var args = Array.prototype.slice.call(arguments).map(String);
        var result, error;
        var name = fn.replace(/^LMS/, '').replace('Finish', 'Terminate');
        if (name === 'Commit' && lms.failCommits > 0 && lms.api.isInitialized()) {
          lms.failCommits--;
          lms.forcedError = '391';
          result = 'false';
          error = '391';
        } else if (lms.forcedError && /^Get(LastError|ErrorString|Diagnostic)$/.test(name)) {
          result = name === 'GetLastError' ? lms.forcedError : 'General Commit Failure';
          error = '0';
        } else {
          if (!/^Get(LastError|ErrorString|Diagnostic)$/.test(name)) lms.forcedError = null;
          result = String(api[fn].apply(api, args));
          error = String(api.lastErrorCode);
        }
        lms.calls.push({ fn: name, args: args, result: result, error: error, at: Date.now() });
        if (name === 'SetValue' && result === 'true') lms.values[args[0]] = args[1];
        if ((name === 'Commit' || name === 'Terminate') && result === 'true') {
          Object.keys(lms.values).forEach(function (k) {
            if (!NOT_KEPT.test(k)) lms.committed[k] = lms.values[k];
          });
          lms.lastCommit = JSON.parse(JSON.stringify(lms.values));
        }
        return result;
      };
    });
    return p;
  }
})();
