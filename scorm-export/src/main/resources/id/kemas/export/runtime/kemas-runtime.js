/*
 * kemas runtime: connects one SCO to the LMS, keeps the learner's place and progress, and
 * moves between the SCO's screens. No dependencies; runs in any current browser.
 *
 * Parts, each usable alone (window.kemas.*):
 *   log     console output with a [kemas] prefix
 *   time    ISO 8601 durations and timestamps (pure)
 *   codec   the suspend-data format, version 1 (pure; same format as the Java SuspendDataCodec)
 *   lms     finds the LMS API and wraps it in an adapter: SCORM 2004, SCORM 1.2 or standalone
 *   Player  the SCO's screens, navigation and checkpoints; talks to the LMS only through an adapter
 * The quiz lives in kemas-quiz.js and plugs into the player.
 */
(function (global) {
  'use strict';

  var kemas = global.kemas = global.kemas || {};

  // ---------------------------------------------------------------- log

  var log = kemas.log = {
    debug: function () { write('debug', arguments); },
    info: function () { write('info', arguments); },
    warn: function () { write('warn', arguments); },
    error: function () { write('error', arguments); }
  };

  function write(level, args) {
    if (typeof console === 'undefined' || !console[level]) return;
    console[level].apply(console, ['[kemas]'].concat(Array.prototype.slice.call(args)));
  }

  // ---------------------------------------------------------------- time

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) s = '0' + s;
    return s;
  }

  function centiseconds(ms) {
    return typeof ms === 'number' && isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  }

  kemas.time = {
    /** A SCORM 2004 timeinterval, e.g. PT1H2M3.45S; hundredths of a second at most. */
    duration: function (ms) {
      var cs = centiseconds(ms);
      var h = Math.floor(cs / 360000);
      var m = Math.floor(cs % 360000 / 6000);
      var s = Math.floor(cs % 6000 / 100);
      var frac = cs % 100;
      var out = 'PT';
      if (h) out += h + 'H';
      if (m) out += m + 'M';
      if (s || frac || (!h && !m)) {
        out += s;
        if (frac) out += '.' + pad(frac, 2).replace(/0$/, '');
        out += 'S';
      }
      return out;
    },

    /** A SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
    duration12: function (ms) {
      var cs = Math.min(centiseconds(ms), 9999 * 360000 + 359999);
      return pad(Math.floor(cs / 360000), 4) + ':' + pad(Math.floor(cs % 360000 / 6000), 2) + ':' +
        pad(Math.floor(cs % 6000 / 100), 2) + '.' + pad(cs % 100, 2);
    },

    /** A SCORM 2004 time (UTC), e.g. 2026-01-02T03:04:05.6Z. */
    timestamp: function (date) {
      return date.getUTCFullYear() + '-' + pad(date.getUTCMonth() + 1, 2) + '-' + pad(date.getUTCDate(), 2) +
        'T' + pad(date.getUTCHours(), 2) + ':' + pad(date.getUTCMinutes(), 2) + ':' + pad(date.getUTCSeconds(), 2) +
        '.' + pad(Math.floor(date.getUTCMilliseconds() / 10), 2) + 'Z';
    },

    /** A SCORM 1.2 CMITime, hh:mm:ss (local time). */
    clock12: function (date) {
      return pad(date.getHours(), 2) + ':' + pad(date.getMinutes(), 2) + ':' + pad(date.getSeconds(), 2);
    }
  };

  // ---------------------------------------------------------------- codec

  /*
   * Version 1, as documented in SuspendDataCodec.java:
   *   "K1" signature "|" seen [ "|" finished ";" order ";" answers ]
   * State: { seen: [screen indexes], quiz: null | { finished, order: [bank indexes], answers: [...] } }
   * An answer is null (not answered), a number (single), an array of numbers (multiple, or
   * matching: target per pair), a boolean (true-false) or a string (fill-in).
   */
  var BITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var SAFE = /^[A-Za-z0-9 \-_!*()?:@/+=#]$/;

  function fail(what) {
    throw new Error('suspend data: ' + what);
  }

  function require(ok, what) {
    if (!ok) fail(what);
  }

  function bits(list, size) {
    var out = '';
    for (var k = 0; k * 6 < size; k++) {
      var v = 0;
      for (var b = 0; b < 6; b++) if (list.indexOf(k * 6 + b) >= 0) v |= 1 << b;
      out += BITS.charAt(v);
    }
    return out;
  }

  function readBits(s, size) {
    require(s.length === Math.floor((size + 5) / 6), 'bit set length');
    var out = [];
    for (var k = 0; k < s.length; k++) {
      var v = BITS.indexOf(s.charAt(k));
      require(v >= 0, 'bit set character');
      for (var b = 0; b < 6; b++) {
        if (v & (1 << b)) {
          require(k * 6 + b < size, 'bit beyond the end');
          out.push(k * 6 + b);
        }
      }
    }
    return out;
  }

  function base36(s, bound) {
    require(/^[0-9a-z]{1,6}$/.test(s), 'base-36 number');
    var v = parseInt(s, 36);
    require(v < bound, 'number out of range');
    return v;
  }

  function digits36(n) {
    return Math.max(n, 0).toString(36).length;
  }

  function escapeText(text) {
    var bytes = new TextEncoder().encode(text);   // unpaired surrogates become U+FFFD
    var out = '';
    for (var i = 0; i < bytes.length; i++) {
      var c = String.fromCharCode(bytes[i]);
      out += bytes[i] < 128 && SAFE.test(c) ? c : '%' + pad(bytes[i].toString(16).toUpperCase(), 2);
    }
    return out;
  }

  function unescapeText(s) {
    var bytes = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      if (c === '%') {
        require(i + 2 < s.length && /^[0-9A-Fa-f]{2}$/.test(s.substr(i + 1, 2)), 'escape');
        bytes.push(parseInt(s.substr(i + 1, 2), 16));
        i += 2;
      } else {
        require(SAFE.test(c), 'unescaped character');
        bytes.push(c.charCodeAt(0));
      }
    }
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes));
    } catch (e) {
      return fail('not UTF-8');
    }
  }

  /** The same as SuspendDataCodec.wellFormed: unpaired surrogates replaced by U+FFFD. */
  function wellFormed(s) {
    return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, function (m) {
      return m.length === 2 ? m.charAt(0) + '\uFFFD' : '\uFFFD';
    });
  }

  function encodeAnswer(q, a) {
    if (a === null || a === undefined) return '';
    switch (q.type) {
      case 'single':
        require(a === (a | 0) && a >= 0 && a < q.options, 'choice');
        return a.toString(36);
      case 'multiple':
        require(a.length > 0, 'at least one choice');
        a.forEach(function (c) { require(c === (c | 0) && c >= 0 && c < q.options, 'choice'); });
        return bits(a, q.options);
      case 'true-false':
        require(typeof a === 'boolean', 'true-false');
        return a ? 't' : 'f';
      case 'fill-in':
        require(typeof a === 'string' && a.length > 0 && a.length <= q.textMax, 'text length');
        return escapeText(a);
      case 'matching': {
        require(a.length === q.options, 'one target per pair');
        var width = digits36(q.options - 1);
        return a.map(function (t) {
          require(t === (t | 0) && t >= 0 && t < q.options, 'target');
          return pad(t.toString(36), width);
        }).join('');
      }
    }
    return fail('question type ' + q.type);
  }

  function decodeAnswer(q, s) {
    if (s === '') return null;
    switch (q.type) {
      case 'single': return base36(s, q.options);
      case 'multiple': {
        var cs = readBits(s, q.options);
        require(cs.length > 0, 'at least one choice');
        return cs;
      }
      case 'true-false':
        require(s === 't' || s === 'f', 'true-false');
        return s === 't';
      case 'fill-in': {
        var text = unescapeText(s);
        require(text.length <= q.textMax, 'text too long');
        return text;
      }
      case 'matching': {
        var width = digits36(q.options - 1);
        require(s.length === width * q.options, 'matching width');
        var out = [];
        for (var i = 0; i < s.length; i += width) out.push(base36(s.substr(i, width), q.options));
        return out;
      }
    }
    return fail('question type ' + q.type);
  }

  function checkOrder(quiz, order) {
    require(order.length === quiz.drawn, 'one question per question screen');
    var distinct = {};
    order.forEach(function (q, i) {
      require(q === (q | 0) && q >= 0 && q < quiz.questions.length && !distinct[q], 'question index');
      distinct[q] = true;
      if (quiz.fixedOrder) require(q === i, 'a fixed quiz keeps the author\'s order');
    });
  }

  kemas.codec = {
    PREFIX: 'K1',

    /** Encodes a state that fits the layout; throws if it does not. */
    encode: function (layout, state) {
      var out = this.PREFIX + layout.signature + '|';
      state.seen.forEach(function (i) { require(i >= 0 && i < layout.screens, 'screen out of range'); });
      out += bits(state.seen, layout.screens);
      if (state.quiz) {
        var quiz = layout.quiz;
        require(!!quiz, 'the SCO has no quiz');
        checkOrder(quiz, state.quiz.order);
        require(state.quiz.answers.length === state.quiz.order.length, 'one answer per question screen');
        out += '|' + (state.quiz.finished ? '1' : '0') + ';';
        if (!quiz.fixedOrder) out += state.quiz.order.map(function (q) { return q.toString(36); }).join('.');
        out += ';' + state.quiz.answers.map(function (a, slot) {
          return encodeAnswer(quiz.questions[state.quiz.order[slot]], a);
        }).join(',');
      }
      return out;
    },

    /** The state in data, or null when it is not version-1 data for this layout. */
    decode: function (layout, data) {
      try {
        var head = this.PREFIX + layout.signature + '|';
        require(typeof data === 'string' && data.indexOf(head) === 0, 'not version-1 data for this SCO');
        var sections = data.substring(head.length).split('|');
        require(sections.length === 1 || sections.length === 2, 'sections');
        var seen = readBits(sections[0], layout.screens);
        if (sections.length === 1) return { seen: seen, quiz: null };
        var quiz = layout.quiz;
        require(!!quiz, 'no quiz');
        var fields = sections[1].split(';');
        require(fields.length === 3, 'quiz fields');
        require(fields[0] === '0' || fields[0] === '1', 'finished');
        var order = [];
        if (quiz.fixedOrder) {
          require(fields[1] === '', 'order of a fixed quiz');
          for (var i = 0; i < quiz.drawn; i++) order.push(i);
        } else {
          order = fields[1].split('.').map(function (id) { return base36(id, quiz.questions.length); });
        }
        checkOrder(quiz, order);
        var texts = fields[2].split(',');
        require(texts.length === quiz.drawn, 'answers');
        var answers = texts.map(function (t, slot) { return decodeAnswer(quiz.questions[order[slot]], t); });
        return { seen: seen, quiz: { finished: fields[0] === '1', order: order, answers: answers } };
      } catch (e) {
        return null;
      }
    },

    wellFormed: wellFormed
  };

  // ---------------------------------------------------------------- lms

  var MAX_PARENTS = 500;

  /** The API object named `name` in `win` or its parents, or null; other origins are skipped. */
  function searchUp(win, name) {
    for (var level = 0; win && level <= MAX_PARENTS; level++) {
      try {
        if (win[name]) return win[name];
      } catch (e) {
        // a frame of another origin: its properties cannot be read; its parent can
      }
      var parent;
      try {
        parent = win.parent;
      } catch (e) {
        parent = null;
      }
      if (!parent || parent === win) break;
      win = parent;
    }
    return null;
  }

  function openerOf(win) {
    try {
      var top = win.top;
      return top && top.opener ? top.opener : null;
    } catch (e) {
      return null;
    }
  }

  function findApi(win, name) {
    var api = searchUp(win, name);
    if (api) return { api: api, via: 'parent' };
    var opener = openerOf(win);
    api = opener ? searchUp(opener, name) : null;
    return api ? { api: api, via: 'opener' } : null;
  }

  /** Error codes that mean "no value", not a failure. */
  var NOT_INITIALIZED = { '2004': '403', '1.2': '403' };

  /** GetValue and SetValue over an LMS call; a SetValue of what was last written is skipped. */
  function accessors(call) {
    var written = {};
    return {
      get: function (el) { return call('get', [el]).value; },
      set: function (el, value) {
        value = String(value);
        if (written[el] === value) return true;
        var ok = call('set', [el, value]).ok;
        if (ok) written[el] = value;
        return ok;
      }
    };
  }

  /**
   * Calls an LMS API function; any error is read back (GetLastError, GetErrorString,
   * GetDiagnostic) and logged.
   */
  function caller(api, names, version) {
    return function (fn, args, opts) {
      var result;
      try {
        result = api[names[fn]].apply(api, args);
      } catch (e) {
        log.error(names[fn] + '(' + args.join(', ') + ') threw', e);
        return { ok: false, value: '', code: 'exception' };
      }
      result = result === undefined || result === null ? '' : String(result);
      var code = '0';
      var needsCheck = fn === 'get' || result !== 'true';
      if (needsCheck) {
        try {
          code = String(api[names.lastError]());
        } catch (e) {
          code = 'unknown';
        }
      }
      if (code === '0' || code === '') return { ok: fn === 'get' || result === 'true', value: result, code: '0' };
      var text = '', diagnostic = '';
      try {
        text = String(api[names.errorString](code));
        diagnostic = String(api[names.diagnostic](code));
      } catch (e) { /* the error code is still logged */ }
      var message = names[fn] + '(' + args.map(function (a) { return JSON.stringify(a); }).join(', ') + ') → error ' +
        code + ' ' + text + (diagnostic && diagnostic !== text ? ' (' + diagnostic + ')' : '');
      if (code === NOT_INITIALIZED[version] && fn === 'get') log.debug(message + ': not set by the LMS');
      else if (opts && opts.probe) log.info(message + ': the LMS does not support it');
      else log.warn(message);
      return { ok: false, value: '', code: code };
    };
  }

  /** A value the LMS gave, or null when it has none. */
  function number(s) {
    if (s === '' || s === null || s === undefined) return null;
    var n = Number(s);
    return isFinite(n) ? n : null;
  }

  function round(n, decimals) {
    var f = Math.pow(10, decimals);
    return String(Math.round(n * f) / f);
  }

  /** SCORM 2004 4th Edition: API_1484_11. */
  function adapter2004(api) {
    var call = caller(api, {
      init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit',
      lastError: 'GetLastError', errorString: 'GetErrorString', diagnostic: 'GetDiagnostic'
    }, '2004');
    var io = accessors(call);
    var get = io.get;
    var set = io.set;

    return {
      kind: '2004',
      suspendLimit: 64000,
      start: function () {
        var r = call('init', ['']);
        return { ok: r.ok, code: r.code };
      },
      entry: function () { return get('cmi.entry'); },
      mode: function () { return get('cmi.mode'); },
      location: function () { return get('cmi.location'); },
      suspendData: function () { return get('cmi.suspend_data'); },
      completionStatus: function () { return get('cmi.completion_status'); },
      completionThreshold: function () { return number(get('cmi.completion_threshold')); },
      scaledPassingScore: function () { return number(get('cmi.scaled_passing_score')); },
      setLocation: function (s) { return set('cmi.location', s); },
      setSuspendData: function (s) { return set('cmi.suspend_data', s); },
      setProgress: function (measure) { return set('cmi.progress_measure', round(measure, 4)); },
      setCompletion: function (status) { return set('cmi.completion_status', status); },
      setSuccess: function (status) { return set('cmi.success_status', status); },
      setScore: function (score) {
        return set('cmi.score.min', score.min) & set('cmi.score.max', score.max) &
          set('cmi.score.raw', round(score.raw, 2)) & set('cmi.score.scaled', round(score.scaled, 4));
      },
      addInteraction: function (r) {
        var n = number(get('cmi.interactions._count')) || 0;
        var p = 'cmi.interactions.' + n + '.';
        var ok = set(p + 'id', r.id) && set(p + 'type', r.type);
        if (!ok) return false;
        set(p + 'description', r.description);
        set(p + 'timestamp', kemas.time.timestamp(r.timestamp));
        set(p + 'weighting', r.weighting);
        r.correctResponses.forEach(function (pattern, i) { set(p + 'correct_responses.' + i + '.pattern', pattern); });
        set(p + 'learner_response', r.learnerResponse);
        set(p + 'result', r.result);
        set(p + 'latency', kemas.time.duration(r.latency));
        return true;
      },
      setExit: function (exit) { return set('cmi.exit', exit); },
      /** cmi.objectives as the LMS keeps them: [{ id, completion, success, scaled }], in order. */
      objectives: function () {
        var out = [];
        for (var i = 0, n = number(get('cmi.objectives._count')) || 0; i < n; i++) {
          var p = 'cmi.objectives.' + i + '.';
          out.push({ id: get(p + 'id'), completion: get(p + 'completion_status') || 'unknown',
            success: get(p + 'success_status') || 'unknown', scaled: number(get(p + 'score.scaled')) });
        }
        return out;
      },
      /** Writes cmi.objectives.n: id, completion and success status, and the score once known. */
      setObjective: function (n, o) {
        var p = 'cmi.objectives.' + n + '.';
        if (!set(p + 'id', o.id)) return false;
        set(p + 'completion_status', o.completion);
        set(p + 'success_status', o.success);
        if (o.scaled !== null && o.scaled !== undefined) {
          set(p + 'score.scaled', round(o.scaled, 4));
          set(p + 'score.raw', round(o.scaled * 100, 2));
          set(p + 'score.min', 0);
          set(p + 'score.max', 100);
        }
        return true;
      },
      setSessionTime: function (ms) { return set('cmi.session_time', kemas.time.duration(ms)); },
      /** 'true', 'false' or 'unknown'; an element the LMS lacks counts as 'unknown'. */
      navValid: function (request, target) {
        var el = 'adl.nav.request_valid.' + (target ? request + '.{target=' + target + '}' : request);
        var r = call('get', [el], { probe: true });
        return r.ok ? r.value : 'unknown';
      },
      navRequest: function (request, target) {
        return set('adl.nav.request', target ? '{target=' + target + '}' + request : request);
      },
      commit: function () { return call('commit', ['']).ok; },
      // Terminate commits by itself; a Commit right before it upsets some LMSs.
      finish: function () { return call('finish', ['']).ok; }
    };
  }

  /** SCORM 1.2: API, with the cmi.core names and its narrower formats. */
  function adapter12(api) {
    var call = caller(api, {
      init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit',
      lastError: 'LMSGetLastError', errorString: 'LMSGetErrorString', diagnostic: 'LMSGetDiagnostic'
    }, '1.2');
    var io = accessors(call);
    var get = io.get;
    var set = io.set;
    var status = { completion: null, success: null };
    // 1.2 has one status for both completion and success.
    function writeStatus() {
      var s = status.success || status.completion;
      return s ? set('cmi.core.lesson_status', s) : true;
    }
    function to12(response) {
      return response.replace(/\[,\]/g, ',').replace(/\[\.\]/g, '.').replace(/^true$/, 't').replace(/^false$/, 'f')
        .replace(/^\{lang=[^}]*\}/, '');
    }

    return {
      kind: '1.2',
      suspendLimit: 4096,
      start: function () {
        var r = call('init', ['']);
        return { ok: r.ok, code: r.code };
      },
      entry: function () { return get('cmi.core.entry') === 'resume' ? 'resume' : 'ab-initio'; },
      mode: function () { return get('cmi.core.lesson_mode'); },
      location: function () { return get('cmi.core.lesson_location'); },
      suspendData: function () { return get('cmi.suspend_data'); },
      completionStatus: function () {
        var s = get('cmi.core.lesson_status');
        return s === 'passed' || s === 'failed' || s === 'completed' ? 'completed' : s;
      },
      completionThreshold: function () { return null; },
      scaledPassingScore: function () {
        var m = number(get('cmi.student_data.mastery_score'));
        return m === null ? null : m / 100;
      },
      setLocation: function (s) { return set('cmi.core.lesson_location', s); },
      setSuspendData: function (s) { return set('cmi.suspend_data', s); },
      setProgress: function () { return true; },
      setCompletion: function (s) { status.completion = s; return writeStatus(); },
      setSuccess: function (s) { status.success = s; return writeStatus(); },
      setScore: function (score) {
        return set('cmi.core.score.min', score.min) & set('cmi.core.score.max', score.max) &
          set('cmi.core.score.raw', round(score.raw, 2));
      },
      addInteraction: function (r) {
        var n = number(get('cmi.interactions._count')) || 0;
        var p = 'cmi.interactions.' + n + '.';
        if (!set(p + 'id', r.id)) return false;
        set(p + 'type', r.type);
        set(p + 'time', kemas.time.clock12(r.timestamp));
        set(p + 'weighting', r.weighting);
        set(p + 'correct_responses.0.pattern', to12(r.correctResponses[0] || ''));
        set(p + 'student_response', to12(r.learnerResponse));
        set(p + 'result', r.result === 'incorrect' ? 'wrong' : r.result);
        set(p + 'latency', kemas.time.duration12(r.latency).replace(/^0*(\d{2,}:)/, '$1'));
        return true;
      },
      setExit: function (exit) { return set('cmi.core.exit', exit === 'normal' ? '' : exit); },
      /** cmi.objectives read back into the SCORM 2004 terms of the other adapters. */
      objectives: function () {
        var out = [];
        for (var i = 0, n = number(get('cmi.objectives._count')) || 0; i < n; i++) {
          var p = 'cmi.objectives.' + i + '.';
          var s = get(p + 'status');
          var raw = number(get(p + 'score.raw'));
          out.push({ id: get(p + 'id'),
            completion: s === 'passed' || s === 'failed' || s === 'completed' ? 'completed'
              : s === 'incomplete' || s === 'browsed' ? 'incomplete' : 'unknown',
            success: s === 'passed' || s === 'failed' ? s : 'unknown', scaled: raw === null ? null : raw / 100 });
        }
        return out;
      },
      /** cmi.objectives.n: id, one status for completion and success (as cmi.core.lesson_status), score.raw. */
      setObjective: function (n, o) {
        var p = 'cmi.objectives.' + n + '.';
        if (!set(p + 'id', o.id)) return false;
        set(p + 'status', o.success === 'passed' || o.success === 'failed' ? o.success
          : o.completion === 'completed' || o.completion === 'incomplete' ? o.completion : 'not attempted');
        if (o.scaled !== null && o.scaled !== undefined) {
          set(p + 'score.raw', round(o.scaled * 100, 2));
          set(p + 'score.min', 0);
          set(p + 'score.max', 100);
        }
        return true;
      },
      setSessionTime: function (ms) { return set('cmi.core.session_time', kemas.time.duration12(ms)); },
      navValid: function () { return 'unknown'; },
      navRequest: function () { return false; },
      commit: function () { return call('commit', ['']).ok; },
      finish: function () {
        call('commit', ['']);
        return call('finish', ['']).ok;
      }
    };
  }

  /** No LMS: the same interface, kept in localStorage so that a reload resumes. */
  function adapterStandalone(key) {
    var store = null;
    try {
      store = global.localStorage;
    } catch (e) {
      store = null;
    }
    var saved = {};
    try {
      saved = store ? JSON.parse(store.getItem(key) || '{}') || {} : {};
    } catch (e) {
      saved = {};
    }
    var resume = saved.exit === 'suspend';
    var record = {
      location: resume ? saved.location || '' : '',
      suspendData: resume ? saved.suspendData || '' : '',
      completion: saved.completion || 'unknown',
      success: saved.success || 'unknown',
      score: saved.score || null,
      progress: saved.progress || 0,
      interactions: resume ? saved.interactions || 0 : 0,
      objectives: saved.objectives || [],
      exit: ''
    };
    var warnedStorage = false;

    return {
      kind: 'standalone',
      suspendLimit: 64000,
      start: function () { return { ok: true, code: '0' }; },
      entry: function () { return resume ? 'resume' : 'ab-initio'; },
      mode: function () { return 'normal'; },
      location: function () { return record.location; },
      suspendData: function () { return record.suspendData; },
      completionStatus: function () { return record.completion; },
      completionThreshold: function () { return null; },
      scaledPassingScore: function () { return null; },
      setLocation: function (s) { record.location = s; return true; },
      setSuspendData: function (s) { record.suspendData = s; return true; },
      setProgress: function (m) { record.progress = m; return true; },
      setCompletion: function (s) { record.completion = s; return true; },
      setSuccess: function (s) { record.success = s; return true; },
      setScore: function (score) { record.score = score; return true; },
      addInteraction: function () { record.interactions++; return true; },
      setExit: function (exit) { record.exit = exit; return true; },
      objectives: function () { return record.objectives.slice(); },
      setObjective: function (n, o) { record.objectives[n] = o; return true; },
      setSessionTime: function () { return true; },
      navValid: function () { return 'unknown'; },
      navRequest: function () { return false; },
      commit: function () {
        try {
          if (store) store.setItem(key, JSON.stringify(record));
        } catch (e) {
          if (!warnedStorage) log.warn('this browser does not let the page store progress', e);
          warnedStorage = true;
        }
        return true;
      },
      finish: function () { return this.commit(); }
    };
  }

  kemas.lms = {
    /** The LMS API the ADL way: parents (up to 500), then the opener and its parents. 2004 first. */
    find: function (win) {
      var found = findApi(win, 'API_1484_11');
      if (found) return { api: found.api, version: '2004', via: found.via };
      found = findApi(win, 'API');
      return found ? { api: found.api, version: '1.2', via: found.via } : null;
    },
    adapter: function (found) {
      return found.version === '2004' ? adapter2004(found.api) : adapter12(found.api);
    },
    standalone: function (key) {
      return adapterStandalone(key);
    },
    /**
     * Finds the LMS and starts the session; without an LMS, or when it refuses to start, the
     * learner still works on, with progress kept in this browser under {@code key}.
     * Returns the adapter and the status message to show (null when all is well) with its code.
     */
    connect: function (win, key) {
      var found = kemas.lms.find(win);
      var adapter;
      var notice = null;
      if (found) {
        adapter = kemas.lms.adapter(found);
        log.info('LMS API found (SCORM ' + found.version + ', via ' + found.via + ')');
      } else {
        adapter = kemas.lms.standalone(key);
        log.warn('no LMS API found: running standalone; progress is kept in this browser only');
        notice = 'status.standalone';
      }
      var started = adapter.start();
      if (!started.ok) {
        log.error('the LMS refused to start the session (error ' + started.code + '); progress is kept in this browser only');
        adapter = kemas.lms.standalone(key);
        adapter.start();
        notice = 'status.lmsFailed';
      }
      return { adapter: adapter, notice: notice, code: started.code };
    }
  };

  // ---------------------------------------------------------------- player

  var RETRY_DELAYS = [1000, 3000, 10000];

  function format(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d+)\}/g, function (m, i) { return args[+i] !== undefined ? args[+i] : m; });
  }

  function qs(root, selector) {
    return root.querySelector(selector);
  }

  function qsa(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  /**
   * The screens of one SCO: content pages, then the quiz's screens. Keeps the learner's place
   * and progress and hands them to the LMS adapter at checkpoints.
   */
  function Player(data, doc, adapter) {
    this.data = data;
    this.doc = doc;
    this.lms = adapter;
    this.strings = data.strings;
    this.screens = data.suspend.screens;
    this.pageCount = data.pageCount;
    this.current = 0;
    this.seen = [];
    this.finished = false;
    this.startedAt = null;
    this.lmsCompletion = '';
    this.threshold = data.completionThreshold;
    this.commitFailures = 0;
    this.retryTimer = null;
    this.quiz = data.quiz && kemas.quiz ? kemas.quiz.create(data, doc, this) : null;
    this.pages = qsa(doc, '[data-kemas-screen="page"]');
  }

  Player.prototype = {
    t: function (key) {
      return format.apply(null, [this.strings[key] || key].concat(Array.prototype.slice.call(arguments, 1)));
    },

    /** Initialize has succeeded: restore a suspended session, or start at the first screen. */
    start: function () {
      this.startedAt = Date.now();
      var entry = this.lms.entry();
      this.lmsCompletion = this.lms.completionStatus();
      var threshold = this.lms.completionThreshold();
      if (threshold !== null) this.threshold = threshold;
      var start = 0;
      if (entry === 'resume') {
        var location = parseInt(this.lms.location(), 10);
        var suspended = this.lms.suspendData();
        var state = suspended ? kemas.codec.decode(this.data.suspend, suspended) : null;
        if (suspended && !state) {
          log.warn('the saved progress was written for another version of this SCO; starting again');
        }
        if (state) {
          this.seen = state.seen.slice();
          if (this.quiz) this.quiz.restore(state.quiz);
        }
        if (location >= 1 && location <= this.screens) start = location - 1;
        log.info('resuming at screen ' + (start + 1) + ' of ' + this.screens);
      }
      if (this.lmsCompletion !== 'completed') {
        this.lms.setCompletion('incomplete');
        this.lmsCompletion = 'incomplete';
      }
      this.show(this.quiz ? this.quiz.allowedScreen(start) : start, { focus: false });
    },

    isQuizScreen: function (index) {
      return index >= this.pageCount;
    },

    show: function (index, opts) {
      opts = opts || {};
      index = Math.max(0, Math.min(this.screens - 1, index));
      var self = this;
      this.current = index;
      qsa(this.doc, '[data-kemas-screen]').forEach(function (el) { el.hidden = true; });
      var el = index < this.pageCount ? this.pages[index] : this.quiz.show(index - this.pageCount);
      el.hidden = false;
      if (this.seen.indexOf(index) < 0) this.seen.push(index);
      this.seen.sort(function (a, b) { return a - b; });
      this.updateChrome(el);
      if (global.scrollTo) global.scrollTo(0, 0);
      if (opts.focus !== false) {
        var heading = qs(el, 'h1');
        if (heading) heading.focus();
      }
      if (!opts.quiet) self.checkpoint('page');
    },

    updateChrome: function (el) {
      var n = this.current + 1;
      var position = this.t('page.position', n, this.screens);
      qsa(this.doc, '[data-kemas-position]').forEach(function (p) { p.textContent = position; });
      var percent = Math.round(this.progress() * 100);
      var bar = qs(this.doc, '[data-kemas-progress]');
      if (bar) {
        bar.setAttribute('aria-valuenow', String(percent));
        bar.setAttribute('aria-valuetext', this.t('progress.value', percent));
        var fill = qs(bar, '.kemas-progress-fill');
        if (fill) fill.style.width = percent + '%';
      }
      var heading = qs(el, 'h1');
      this.doc.title = (heading ? heading.textContent.trim() + ' – ' : '') + this.data.sco.title;
      this.updateNav();
    },

    updateNav: function () {
      var prev = qs(this.doc, '[data-kemas-nav="previous"]');
      var next = qs(this.doc, '[data-kemas-nav="next"]');
      var end = qs(this.doc, '[data-kemas-end]');
      var first = this.current === 0;
      var last = this.current === this.screens - 1;
      if (prev) prev.disabled = this.finished || (first && this.lms.navValid('previous') !== 'true');
      var lmsContinues = !this.finished && last && this.lms.navValid('continue') === 'true';
      if (next) {
        next.disabled = this.finished || (last && !lmsContinues);
        var label = qs(next, '[data-kemas-label]');
        if (label) {
          label.textContent = this.quiz && this.current === this.screens - 2 && !this.quiz.finished()
            ? this.t('quiz.seeResults') : this.t('nav.next');
        }
      }
      if (end) end.hidden = !last || lmsContinues || this.finished;
    },

    progress: function () {
      return this.screens ? this.seen.length / this.screens : 1;
    },

    isCompleted: function () {
      return this.progress() >= this.threshold - 1e-9;
    },

    /** Writes location, suspend data, progress and completion, then commits. */
    save: function () {
      var lms = this.lms;
      lms.setLocation(String(this.current + 1));
      var state = { seen: this.seen, quiz: this.quiz ? this.quiz.state() : null };
      var encoded = kemas.codec.encode(this.data.suspend, state);
      if (encoded.length > lms.suspendLimit) {
        log.error('suspend data of ' + encoded.length + ' characters exceeds the LMS limit of ' + lms.suspendLimit);
      }
      lms.setSuspendData(encoded);
      lms.setProgress(this.progress());
      if (this.isCompleted() && this.lmsCompletion !== 'completed') {
        if (lms.setCompletion('completed')) this.lmsCompletion = 'completed';
      }
      // Set early so that a session cut off before Terminate still resumes (or ends) as it should.
      lms.setExit(this.lmsCompletion === 'completed' ? 'normal' : 'suspend');
    },

    /** A checkpoint: page change, answer, end of the quiz, the page being hidden. */
    checkpoint: function (reason) {
      if (this.finished) return;
      this.save();
      this.commit(reason);
    },

    commit: function (reason) {
      var self = this;
      if (this.lms.commit()) {
        if (this.commitFailures) {
          log.info('progress saved after ' + this.commitFailures + ' failed attempt(s)');
          this.status('');
        }
        this.commitFailures = 0;
        return true;
      }
      this.commitFailures++;
      var retry = RETRY_DELAYS[this.commitFailures - 1];
      log.error('Commit failed at checkpoint "' + reason + '" (attempt ' + this.commitFailures + ')' +
        (retry ? '; retrying in ' + retry / 1000 + ' s' : '; giving up until the next checkpoint'));
      this.status(this.t(retry ? 'status.saveFailed' : 'status.saveFailedFinal'), 'error');
      if (retry && !this.retryTimer) {
        this.retryTimer = global.setTimeout(function () {
          self.retryTimer = null;
          if (!self.finished) self.commit('retry');
        }, retry);
      }
      return false;
    },

    status: function (text, kind) {
      var el = qs(this.doc, '[data-kemas-status]');
      if (!el) return;
      // The live region stays in the page (empty when there is nothing to say) so that changes are announced.
      el.textContent = text;
      el.className = 'kemas-status' + (kind ? ' kemas-status-' + kind : '');
    },

    next: function () {
      if (this.finished) return;
      if (this.current === this.screens - 1) {
        if (this.lms.navValid('continue') === 'true') this.finish('continue', 'continue');
        return;
      }
      if (this.isQuizScreen(this.current) && !this.quiz.canLeave(this.current - this.pageCount)) return;
      this.show(this.current + 1);
    },

    previous: function () {
      if (this.finished) return;
      if (this.current === 0) {
        if (this.lms.navValid('previous') === 'true') this.finish('previous', 'previous');
        return;
      }
      this.show(this.current - 1);
    },

    /** The course's home menu when the LMS lets us go there, else this SCO's first screen. */
    home: function () {
      if (this.finished) return;
      var home = this.data.home;
      if (home && !home.isThis && this.lms.navValid('choice', home.item) === 'true') {
        this.finish('home', 'choice', home.item);
        return;
      }
      this.show(0);
    },

    exit: function () {
      if (this.finished) return;
      var request = this.isCompleted() ? 'exitAll' : 'suspendAll';
      var lmsExits = this.lms.navValid(request) === 'true';
      this.finish('exit', lmsExits ? request : null);
      this.showExited();
    },

    showExited: function () {
      qsa(this.doc, '[data-kemas-screen]').forEach(function (el) { el.hidden = true; });
      var exited = qs(this.doc, '[data-kemas-exited]');
      if (exited) {
        exited.hidden = false;
        var heading = qs(exited, 'h1');
        if (heading) heading.focus();
      }
      this.updateNav();
    },

    /**
     * Ends the session once: final state, cmi.exit, session time, an optional navigation
     * request, Terminate. Later calls do nothing.
     */
    finish: function (reason, request, target) {
      if (this.finished) return;
      this.save();
      this.finished = true;
      if (this.retryTimer) global.clearTimeout(this.retryTimer);
      this.lms.setSessionTime(Date.now() - this.startedAt);
      if (request) this.lms.navRequest(request, target);
      var ok = this.lms.finish();
      log.info('session ended (' + reason + ')' + (ok ? '' : ' but the LMS reported an error'));
      this.updateNav();
    }
  };

  kemas.Player = Player;

  // ---------------------------------------------------------------- boot

  function readData(doc) {
    var el = doc.getElementById('kemas-data');
    return el ? JSON.parse(el.textContent) : null;
  }

  kemas.boot = function (win) {
    var doc = win.document;
    var data = readData(doc);
    if (!data) return null;
    doc.documentElement.classList.add('kemas-js');
    var session = kemas.lms.connect(win, 'kemas:' + data.course.id + ':' + data.sco.id);
    var player = new Player(data, doc, session.adapter);
    kemas.player = player;
    if (session.notice) player.status(player.t(session.notice, session.code), 'warning');
    bindControls(win, player);
    player.start();
    return player;
  };

  function bindControls(win, player) {
    var doc = win.document;
    var actions = { previous: 'previous', next: 'next', home: 'home', exit: 'exit' };
    qsa(doc, '[data-kemas-nav]').forEach(function (button) {
      var action = actions[button.getAttribute('data-kemas-nav')];
      if (action) button.addEventListener('click', function () { player[action](); });
    });
    doc.addEventListener('visibilitychange', function () {
      if (doc.visibilityState === 'hidden') player.checkpoint('hidden');
    });
    // pagehide, never unload: browsers block unload in LMS iframes and skip it on mobile.
    win.addEventListener('pagehide', function () { player.finish('pagehide'); });
    win.addEventListener('pageshow', function (e) {
      if (e.persisted && player.finished) player.status(player.t('status.restored'), 'warning');
    });
  }

  // Deferred scripts run while readyState is "interactive", before DOMContentLoaded: booting then
  // would miss the quiz script that comes after this one. Boot once, at DOMContentLoaded or load.
  if (global.document && global.document.addEventListener) {
    var booted = false;
    var bootOnce = function () {
      if (booted) return;
      booted = true;
      kemas.boot(global);
    };
    if (global.document.readyState === 'complete') global.setTimeout(bootOnce, 0);
    else {
      global.document.addEventListener('DOMContentLoaded', bootOnce);
      global.addEventListener('load', bootOnce);
    }
  }
})(this);
