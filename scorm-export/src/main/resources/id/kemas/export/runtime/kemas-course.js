/*
 * kemas course: a whole course in one SCO, for LMSs that do not sequence (stock Moodle, the Moodle
 * app, SCORM 1.2 LMSs). Shows the home menu, runs each material with the runtime's Player
 * (kemas-runtime.js) and quiz (kemas-quiz.js), enforces the course's rule table itself and reports
 * to the LMS through the runtime's adapters (kemas.lms): each material as cmi.objectives.n, the
 * course as completion, success, score and progress. Never asks the LMS to navigate.
 *
 * Parts (window.kemas.course.*):
 *   codec   the course suspend-data format, version 1 (pure; the same as CourseSuspendCodec.java)
 *   Rules   rollup, locks and flow from the rule table and the learner's state (pure)
 *   Shell   the menu, the material on screen and the LMS
 */
(function (global) {
  'use strict';

  var kemas = global.kemas = global.kemas || {};
  var log = kemas.log;

  // ---------------------------------------------------------------- codec

  /*
   * Version 1, as documented in CourseSuspendCodec.java:
   *   "KC1" signature "~" current "~" draws *( "~" material )
   * State: { current: material number or null, draws: [null | [positions]], materials: [material] }
   * material: { completion, success, pending, attempts, measure (scaled or null), location, data }
   */
  var COMPLETION = ['unknown', 'incomplete', 'completed'];
  var SUCCESS = ['unknown', 'passed', 'failed'];
  var MEASURE_SCALE = 10000;
  var ATTEMPTS_MAX = 36 * 36 - 1;

  function fail(what) {
    throw new Error('course suspend data: ' + what);
  }

  function require(ok, what) {
    if (!ok) fail(what);
  }

  function base36(s, bound) {
    require(/^[0-9a-z]{1,6}$/.test(s), 'base-36 number');
    var v = parseInt(s, 36);
    require(v < bound, 'number out of range');
    return v;
  }

  function untouched() {
    return { completion: 'unknown', success: 'unknown', pending: false, attempts: 0, measure: null, location: 0, data: '' };
  }

  function isUntouched(m) {
    return m.completion === 'unknown' && m.success === 'unknown' && !m.pending && !m.attempts &&
      m.measure === null && !m.location && !m.data;
  }

  function checkDraw(bank, draw) {
    require(draw.length === bank.drawn, 'a draw of ' + bank.drawn);
    var seen = {};
    draw.forEach(function (p) {
      require(p === (p | 0) && p >= 0 && p < bank.children && !seen[p], 'drawn position');
      seen[p] = true;
    });
  }

  function encodeMaterial(m) {
    if (isUntouched(m)) return '';
    require(m.data.indexOf('~') < 0 && m.data.indexOf('^') < 0, 'a material\'s own data holds a separator');
    var flags = COMPLETION.indexOf(m.completion) + 3 * SUCCESS.indexOf(m.success) + 9 * (m.pending ? 1 : 0);
    require(COMPLETION.indexOf(m.completion) >= 0 && SUCCESS.indexOf(m.success) >= 0, 'status');
    return flags.toString(36) + '^' +
      (m.attempts ? Math.min(m.attempts, ATTEMPTS_MAX).toString(36) : '') + '^' +
      (m.measure === null ? '' : Math.round(m.measure * MEASURE_SCALE).toString(36)) + '^' +
      (m.location ? m.location.toString(36) : '') + '^' + m.data;
  }

  function decodeMaterial(s) {
    if (s === '') return untouched();
    var i = -1, f = [];
    for (var k = 0; k < 4; k++) {
      var j = s.indexOf('^', i + 1);
      require(j >= 0, 'material fields');
      f.push(s.substring(i + 1, j));
      i = j;
    }
    f.push(s.substring(i + 1));
    require(f[0].length === 1, 'flags');
    var flags = base36(f[0], 18);
    return {
      completion: COMPLETION[flags % 3],
      success: SUCCESS[Math.floor(flags / 3) % 3],
      pending: flags >= 9,
      attempts: f[1] === '' ? 0 : base36(f[1], ATTEMPTS_MAX + 1),
      measure: f[2] === '' ? null : base36(f[2], MEASURE_SCALE + 1) / MEASURE_SCALE,
      location: f[3] === '' ? 0 : base36(f[3], 2147483647),
      data: f[4]
    };
  }

  var codec = {
    PREFIX: 'KC1',

    empty: function (layout, count) {
      var materials = [];
      for (var i = 0; i < count; i++) materials.push(untouched());
      return { current: null, draws: layout.banks.map(function () { return null; }), materials: materials };
    },

    encode: function (layout, state) {
      require(state.draws.length === layout.banks.length, 'one draw per bank');
      var out = this.PREFIX + layout.signature + '~';
      if (state.current !== null) {
        require(state.current >= 0 && state.current < state.materials.length, 'current material');
        out += state.current.toString(36);
      }
      out += '~' + state.draws.map(function (draw, b) {
        if (!draw) return '';
        checkDraw(layout.banks[b], draw);
        return draw.map(function (p) { return p.toString(36); }).join('.');
      }).join(',');
      state.materials.forEach(function (m) { out += '~' + encodeMaterial(m); });
      return out;
    },

    /** The state in data, or null when it is not version-1 data for this course. */
    decode: function (layout, count, data) {
      try {
        var head = this.PREFIX + layout.signature + '~';
        require(typeof data === 'string' && data.indexOf(head) === 0, 'not version-1 data for this course');
        var fields = data.substring(head.length).split('~');
        require(fields.length === 2 + count, 'one field per material');
        var banks = layout.banks.length ? fields[1].split(',') : [];
        require(banks.length === layout.banks.length && (layout.banks.length || fields[1] === ''), 'one draw per bank');
        return {
          current: fields[0] === '' ? null : base36(fields[0], count),
          draws: banks.map(function (s, b) {
            if (s === '') return null;
            var draw = s.split('.').map(function (p) { return base36(p, layout.banks[b].children); });
            checkDraw(layout.banks[b], draw);
            return draw;
          }),
          materials: fields.slice(2).map(decodeMaterial)
        };
      } catch (e) {
        return null;
      }
    }
  };

  // ---------------------------------------------------------------- rules

  var TRUE = true, FALSE = false, UNKNOWN = null;

  function not(v) {
    return v === UNKNOWN ? UNKNOWN : !v;
  }

  /** Three-valued any/all, as IMS Simple Sequencing combines conditions. */
  function combine(values, all) {
    if (all) {
      if (values.indexOf(FALSE) >= 0) return FALSE;
      return values.indexOf(UNKNOWN) >= 0 ? UNKNOWN : TRUE;
    }
    if (values.indexOf(TRUE) >= 0) return TRUE;
    return values.indexOf(UNKNOWN) >= 0 ? UNKNOWN : FALSE;
  }

  /** Default rollup rules of IMS SS for an activity that has none of a kind (SN RB.1.2). */
  var DEFAULT_RULES = {
    notSatisfied: { set: 'all', conditions: [['objectiveStatusKnown', false]], all: false, action: 'notSatisfied' },
    satisfied: { set: 'all', conditions: [['satisfied', false]], all: false, action: 'satisfied' },
    incomplete: { set: 'all', conditions: [['activityProgressKnown', false]], all: false, action: 'incomplete' },
    completed: { set: 'all', conditions: [['completed', false]], all: false, action: 'completed' }
  };

  /**
   * The rule table evaluated on one state: each row's status (leaves from the state, clusters and
   * the course rolled up), whether it is shown, skipped or locked (and why), and where continue and
   * previous lead.
   */
  function Rules(rows, state, strings) {
    this.rows = rows;
    this.state = state;
    this.strings = strings || {};
    this.memo = {};
    this.banks = [];
    var self = this;
    rows.forEach(function (r, i) { if (r.select !== null) self.banks.push(i); });
  }

  Rules.prototype = {
    t: function (key) {
      var args = Array.prototype.slice.call(arguments, 1);
      return (this.strings[key] || key).replace(/\{(\d+)\}/g, function (m, i) { return args[+i] !== undefined ? args[+i] : m; });
    },

    material: function (i) {
      return this.state.materials[this.rows[i].material];
    },

    /** Children in the bank's draw (all children elsewhere). */
    children: function (i) {
      var row = this.rows[i];
      var b = this.banks.indexOf(i);
      if (b < 0 || !this.state.draws[b]) return row.children;
      return this.state.draws[b].map(function (p) { return row.children[p]; });
    },

    /** Draws every random bank not drawn yet; true when something was drawn. */
    drawBanks: function (random) {
      var self = this, changed = false;
      this.banks.forEach(function (i, b) {
        if (self.state.draws[b]) return;
        var row = self.rows[i];
        var pool = row.children.map(function (c, p) { return p; });
        for (var j = pool.length - 1; j > 0; j--) {
          var k = Math.floor(random() * (j + 1));
          var t = pool[j]; pool[j] = pool[k]; pool[k] = t;
        }
        self.state.draws[b] = pool.slice(0, Math.min(row.select, pool.length));
        changed = true;
      });
      if (changed) this.memo = {};
      return changed;
    },

    /** Shown: not left out of its bank's draw, nor inside something that is. */
    present: function (i) {
      for (var r = i; this.rows[r].parent >= 0; r = this.rows[r].parent) {
        if (this.children(this.rows[r].parent).indexOf(r) < 0) return false;
      }
      return true;
    },

    /** Made unnecessary by a passed pre-test (test-out), itself or through a cluster around it. */
    skipped: function (i) {
      for (var r = i; r >= 0; r = this.rows[r].parent) {
        var self = this;
        if (this.rows[r].skippedBy.some(function (p) { return self.status(p).success === 'passed'; })) return true;
      }
      return false;
    },

    skippedBy: function (i) {
      for (var r = i; r >= 0; r = this.rows[r].parent) if (this.rows[r].skippedBy.length) return r;
      return -1;
    },

    /** { completion, success, measure, attempted, attempts } of a row. */
    status: function (i) {
      if (this.memo[i]) return this.memo[i];
      var row = this.rows[i];
      var s;
      if (row.material >= 0) {
        var m = this.material(i);
        s = { completion: m.completion, success: m.success, measure: m.measure, attempts: m.attempts,
          attempted: m.completion !== 'unknown' || m.attempts > 0 };
      } else {
        s = this.rollup(i);
      }
      this.memo[i] = s;
      return s;
    },

    rollup: function (i) {
      var self = this;
      var row = this.rows[i];
      var kids = this.children(i).filter(function (c) { return self.rows[c].tracked; });
      var s = { completion: 'unknown', success: 'unknown', measure: null, attempts: 0,
        attempted: kids.some(function (c) { return self.status(c).attempted; }) };
      // measure: weighted over every counted child, known or not (SN RB.1.1)
      var total = 0, weighted = 0, known = false;
      kids.forEach(function (c) {
        var w = self.rows[c].weight;
        if (w <= 0) return;
        total += w;
        var m = self.status(c).measure;
        if (m !== null) {
          known = true;
          weighted += w * m;
        }
      });
      if (known && total > 0) s.measure = weighted / total;
      if (this.fires(row, kids, 'notSatisfied')) s.success = 'failed';
      if (this.fires(row, kids, 'satisfied')) s.success = 'passed';
      if (this.fires(row, kids, 'incomplete')) s.completion = 'incomplete';
      if (this.fires(row, kids, 'completed')) s.completion = 'completed';
      return s;
    },

    /** Whether any rollup rule (the row's own, else the default) with this action holds. */
    fires: function (row, kids, action) {
      var self = this;
      var success = action === 'satisfied' || action === 'notSatisfied';
      var consideration = { satisfied: 0, notSatisfied: 1, completed: 2, incomplete: 3 }[action];
      var counted = kids.filter(function (c) {
        var child = self.rows[c];
        if (success ? !child.satisfied : !child.completion) return false;
        switch (child.required[consideration]) {
          case 'ifAttempted': return self.status(c).attempted;
          case 'ifNotSkipped': return !self.skipped(c);
          default: return true;
        }
      });
      var own = row.rules.filter(function (r) { return r.action === action; });
      var rules = own.length ? own : [DEFAULT_RULES[action]];
      return rules.some(function (rule) {
        var bag = counted.map(function (c) {
          return combine(rule.conditions.map(function (cond) {
            var v = self.condition(c, cond[0]);
            return cond[1] ? not(v) : v;
          }), rule.all);
        });
        var yes = bag.filter(function (v) { return v === TRUE; }).length;
        switch (rule.set) {
          case 'all': return bag.length > 0 && yes === bag.length;
          case 'any': return yes > 0;
          case 'none': return bag.length > 0 && bag.every(function (v) { return v === FALSE; });
          case 'atLeastCount': return yes >= rule.count;
          case 'atLeastPercent': return bag.length > 0 && yes / bag.length >= rule.percent - 1e-9;
        }
        return false;
      });
    },

    condition: function (i, name) {
      var s = this.status(i);
      var limit = this.rows[i].attempts;
      switch (name) {
        case 'satisfied': return s.success === 'passed' ? TRUE : s.success === 'failed' ? FALSE : UNKNOWN;
        case 'objectiveStatusKnown': return s.success !== 'unknown';
        case 'objectiveMeasureKnown': return s.measure !== null;
        case 'completed': return s.completion === 'completed' ? TRUE : s.completion === 'incomplete' ? FALSE : UNKNOWN;
        case 'activityProgressKnown': return s.completion !== 'unknown';
        case 'attempted': return s.attempted;
        case 'attemptLimitExceeded': return !!limit && s.attempts >= limit;
      }
      return FALSE;
    },

    /** Why the learner may not open a row, or null. Locks of the clusters around it come first. */
    lock: function (i) {
      var path = [];
      for (var r = i; r > 0; r = this.rows[r].parent) path.unshift(r);
      for (var k = 0; k < path.length; k++) {
        var why = this.ownLock(path[k]);
        if (why) return why;
      }
      return null;
    },

    ownLock: function (i) {
      var self = this;
      var row = this.rows[i];
      if (row.gates.some(function (g) { return self.status(g).completion !== 'completed'; })) return row.gateText;
      if (row.attempts && this.status(i).attempts >= row.attempts) return this.t('course.locked.attempts');
      if (row.material >= 0 && this.material(i).pending && row.remediation !== null &&
        this.status(row.remediation).completion !== 'completed') return row.remediationText;
      var parent = this.rows[row.parent];
      if (!parent.choice && this.flowPosition(row.parent) !== i) return this.t('course.locked.order');
      return null;
    },

    /** Under a parent without a menu: the first child not completed yet, the only one to open. */
    flowPosition: function (i) {
      var self = this;
      var kids = this.children(i).filter(function (c) { return !self.skipped(c); });
      for (var k = 0; k < kids.length; k++) if (this.status(kids[k]).completion !== 'completed') return kids[k];
      return -1;
    },

    /** Leaves in course order that are shown. */
    leaves: function () {
      var self = this;
      var out = [];
      this.rows.forEach(function (r, i) { if (r.material >= 0 && self.present(i)) out.push(i); });
      return out;
    },

    /** The leaves a remediation row stands for. */
    leavesUnder: function (i) {
      var self = this;
      if (this.rows[i].material >= 0) return [i];
      var out = [];
      this.children(i).forEach(function (c) { out = out.concat(self.leavesUnder(c)); });
      return out;
    },

    /**
     * Passed over by continue and previous: made unnecessary by a pre-test, or, while a test with
     * remediation is failed and has attempts left, one of the activities before it in its cluster
     * that is not the remediation (so the way leads through the remediation back to the test).
     */
    passedOver: function (k) {
      if (this.skipped(k)) return true;
      for (var t = 0; t < this.rows.length; t++) {
        var test = this.rows[t];
        if (test.material < 0 || test.remediation === null || t <= k) continue;
        var s = this.status(t);
        if (s.success !== 'failed' || (test.attempts && s.attempts >= test.attempts)) continue;
        if (this.within(k, test.parent) && !this.within(k, test.remediation)) return true;
      }
      return false;
    },

    within: function (i, ancestor) {
      for (var r = i; r >= 0; r = this.rows[r].parent) if (r === ancestor) return true;
      return false;
    },

    /** Where continue leads from a leaf: a failed test to its remediation, else the next leaf that may be opened. */
    next: function (i) {
      var row = this.rows[i];
      if (row.material >= 0 && this.material(i).pending && row.remediation !== null) {
        var back = this.leavesUnder(row.remediation);
        if (back.length && !this.lock(back[0])) return back[0];
      }
      var leaves = this.leaves();
      for (var k = leaves.indexOf(i) + 1; k < leaves.length; k++) {
        if (!this.passedOver(leaves[k]) && !this.lock(leaves[k])) return leaves[k];
      }
      return -1;
    },

    /** Where previous leads: the leaf before that may be opened, unless the way is forward only. */
    previous: function (i) {
      if (this.rows[this.rows[i].parent].forwardOnly) return -1;
      var leaves = this.leaves();
      for (var k = leaves.indexOf(i) - 1; k >= 0; k--) {
        if (!this.passedOver(leaves[k]) && !this.lock(leaves[k])) return leaves[k];
      }
      return -1;
    },

    /** The leaves that count for the course's completion: counted on every level up to the course. */
    required: function () {
      var self = this;
      return this.leaves().filter(function (i) {
        for (var r = i; r > 0; r = self.rows[r].parent) {
          if (!self.rows[r].completion || !self.rows[r].tracked || self.skipped(r)) return false;
        }
        return true;
      });
    }
  };

  // ---------------------------------------------------------------- the adapter a material's Player talks to

  /**
   * The adapter interface of kemas.lms, for one material of the course: the Player and its quiz
   * report to the course, which keeps their state and decides where navigation leads; only
   * interactions go straight to the LMS (their ids prefixed with the material's).
   */
  function materialAdapter(shell, i) {
    var row = shell.rows[i];
    var m = shell.state.materials[row.material];
    return {
      kind: shell.lms.kind,
      suspendLimit: 64000,
      start: function () { return { ok: true, code: '0' }; },
      entry: function () { return m.location || m.data ? 'resume' : 'ab-initio'; },
      mode: function () { return shell.lms.mode(); },
      location: function () { return m.location ? String(m.location) : ''; },
      suspendData: function () { return m.data; },
      completionStatus: function () { return m.completion; },
      completionThreshold: function () { return null; },
      scaledPassingScore: function () { return row.passing; },
      setLocation: function (s) { m.location = parseInt(s, 10) || 0; return true; },
      setSuspendData: function (s) { m.data = s; return true; },
      setProgress: function () { return true; },
      setCompletion: function (s) {
        if (m.completion !== 'completed') m.completion = s;
        return true;
      },
      setSuccess: function (s) { shell.testEnded(i, s); return true; },
      setScore: function (score) {
        m.measure = Math.round(score.scaled * MEASURE_SCALE) / MEASURE_SCALE;
        m.attempts = Math.min(m.attempts + 1, ATTEMPTS_MAX);
        shell.offerRetry(i);
        return true;
      },
      addInteraction: function (r) {
        var copy = {};
        Object.keys(r).forEach(function (k) { copy[k] = r[k]; });
        copy.id = row.id + '.' + r.id;
        return shell.lms.addInteraction(copy);
      },
      setExit: function () { return true; },
      setSessionTime: function () { return true; },
      navValid: function (request, target) { return shell.navValid(i, request, target) ? 'true' : 'false'; },
      navRequest: function (request, target) {
        shell.request = { request: request, target: target };
        return true;
      },
      commit: function () { return shell.commit(); },
      finish: function () { return shell.left(i); }
    };
  }

  /** What the Player and quiz need of a document, limited to one material's element. */
  function scopedDocument(root, doc) {
    return {
      querySelector: function (s) { return root.querySelector(s); },
      querySelectorAll: function (s) { return root.querySelectorAll(s); },
      createElement: function (name) { return doc.createElement(name); },
      set title(v) { doc.title = v; },
      get title() { return doc.title; }
    };
  }

  // ---------------------------------------------------------------- shell

  var MENU = 'menu';

  function qs(root, selector) {
    return root.querySelector(selector);
  }

  function qsa(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function Shell(data, doc, lms) {
    this.data = data;
    this.doc = doc;
    this.lms = lms;
    this.rows = data.rules;
    this.strings = data.strings;
    this.layout = data.suspend;
    this.count = data.materials.length;
    this.state = codec.empty(this.layout, this.count);
    this.objectiveIndex = [];
    this.active = null;
    this.request = null;
    this.exiting = false;
    this.finished = false;
    this.lmsCompleted = false;
    this.startedAt = null;
    this.rowOf = [];
    var self = this;
    this.rows.forEach(function (r, i) { if (r.material >= 0) self.rowOf[r.material] = i; });
  }

  Shell.prototype = {
    t: function (key) {
      return Rules.prototype.t.apply({ strings: this.strings }, arguments);
    },

    rules: function () {
      return new Rules(this.rows, this.state, this.strings);
    },

    /** Initialize has succeeded: restore the course, then open where the learner left. */
    start: function () {
      this.startedAt = Date.now();
      this.lmsCompleted = this.lms.completionStatus() === 'completed';
      var saved = this.lms.entry() === 'resume' ? this.lms.suspendData() : '';
      var state = saved ? codec.decode(this.layout, this.count, saved) : null;
      if (saved && !state) log.warn('the saved progress was written for another version of this course; starting again');
      if (state) this.state = state;
      this.mapObjectives(!state);
      this.rules().drawBanks(Math.random);
      var current = this.state.current;
      if (current !== null && !this.rules().lock(this.rowOf[current])) this.open(this.rowOf[current], { focus: false });
      else this.showMenu({ focus: false });
    },

    /**
     * Finds each material's cmi.objectives.n (by id; new ones are appended). Without saved progress
     * (the LMS returns it only after a suspended session) the materials' statuses are taken back
     * from the objectives, so that a finished course does not look new.
     */
    mapObjectives: function (seed) {
      var self = this;
      var kept = this.lms.objectives();
      var ids = kept.map(function (o) { return o.id; });
      var next = kept.length;
      this.rows.forEach(function (r) {
        if (r.material < 0) return;
        var at = ids.indexOf(r.id);
        self.objectiveIndex[r.material] = at >= 0 ? at : next++;
        if (!seed || at < 0) return;
        var o = kept[at], m = self.state.materials[r.material];
        if (COMPLETION.indexOf(o.completion) > 0) m.completion = o.completion;
        if (SUCCESS.indexOf(o.success) > 0) m.success = o.success;
        if (o.scaled !== null) m.measure = o.scaled;
      });
    },

    // ---- navigation

    navValid: function (i, request, target) {
      if (this.exiting) return false;
      var rules = this.rules();
      switch (request) {
        case 'continue': return rules.next(i) >= 0;
        case 'previous': return rules.previous(i) >= 0;
        case 'choice': return target === MENU;
      }
      return false;
    },

    /** The Player of material i has ended its session; go where it asked. */
    left: function (i) {
      var request = this.request;
      this.request = null;
      if (this.active && this.active.row === i) this.active = null;
      if (this.exiting || !request) return true;
      var rules = this.rules();
      var to = request.request === 'continue' ? rules.next(i) : request.request === 'previous' ? rules.previous(i) : -1;
      if (to >= 0) this.open(to);
      else this.showMenu();
      return true;
    },

    /** Opens material row i: a fresh copy of its screens and a fresh Player, resuming where it was left. */
    open: function (i, opts) {
      opts = opts || {};
      if (this.finished) return false;
      var row = this.rows[i];
      var lock = this.rules().lock(i);
      if (lock) {
        log.warn('"' + row.title + '" is locked: ' + lock);
        return false;
      }
      var template = qs(this.doc, 'template[data-kemas-material="' + row.id + '"]');
      var host = qs(this.doc, '[data-kemas-material-host]');
      if (this.active) {
        var previous = this.active;
        this.active = null;
        previous.player.finish('switch');
      }
      var wrapper = this.doc.createElement('div');
      wrapper.className = 'kemas-material';
      wrapper.appendChild(template.content.cloneNode(true));
      host.textContent = '';
      host.appendChild(wrapper);
      host.hidden = false;
      qs(this.doc, '[data-kemas-menu]').hidden = true;
      var data = JSON.parse(JSON.stringify(this.data.materials[row.material]));
      data.strings = this.strings;
      data.home = { item: MENU, isThis: false };
      this.state.current = row.material;
      var player = new kemas.Player(data, scopedDocument(wrapper, this.doc), materialAdapter(this, i));
      this.active = { row: i, player: player, data: data };
      kemas.player = player;
      this.offerRetry(i);
      this.bindMaterial(wrapper, player);
      player.start();
      if (opts.focus !== false) {
        var heading = qsa(wrapper, '[data-kemas-screen]').filter(function (s) { return !s.hidden; })
          .map(function (s) { return qs(s, 'h1'); })[0];
        if (heading) heading.focus();
      }
      return true;
    },

    bindMaterial: function (wrapper, player) {
      var self = this;
      var actions = {
        previous: function () { player.previous(); },
        next: function () { player.next(); },
        home: function () { player.home(); },
        exit: function () { self.exit(); }
      };
      qsa(wrapper, '[data-kemas-nav]').forEach(function (button) {
        var action = actions[button.getAttribute('data-kemas-nav')];
        if (action) button.addEventListener('click', action);
      });
    },

    showMenu: function (opts) {
      opts = opts || {};
      if (this.finished) return;
      if (this.active) {
        var previous = this.active;
        this.active = null;
        previous.player.finish('menu');
      }
      var host = qs(this.doc, '[data-kemas-material-host]');
      host.textContent = '';
      host.hidden = true;
      qs(this.doc, '[data-kemas-menu]').hidden = false;
      this.state.current = null;
      this.doc.title = this.data.course.title;
      this.renderMenu();
      this.commit();
      if (opts.focus !== false) qs(this.doc, '#kemas-menu-title').focus();
    },

    renderMenu: function () {
      var self = this;
      var rules = this.rules();
      this.rows.forEach(function (row, i) {
        if (i === 0) return;
        var item = qs(self.doc, '[data-kemas-node="' + row.id + '"]');
        if (!item) return;
        item.hidden = !rules.present(i);
        var lock = rules.lock(i);
        var s = rules.status(i);
        var state = self.describe(rules, i, s);
        item.classList.toggle('kemas-locked', !!lock);
        item.classList.toggle('kemas-done', !lock && (s.success === 'passed' || (s.success !== 'failed' && s.completion === 'completed')));
        item.classList.toggle('kemas-failed', !lock && s.success === 'failed');
        var button = qs(item, ':scope > [data-kemas-open]');
        if (button) button.disabled = !!lock;
        qs(item, ':scope > [data-kemas-state]').textContent = lock ? self.t('course.locked', lock) : state;
      });
      var required = rules.required();
      var done = required.filter(function (i) { return rules.status(i).completion === 'completed'; }).length;
      qs(this.doc, '[data-kemas-course="progress"]').textContent = this.t('course.progress', done, required.length);
      var course = rules.status(0);
      var result = qs(this.doc, '[data-kemas-course="result"]');
      var score = course.measure === null ? '' : String(Math.round(course.measure * 10000) / 100);
      result.textContent = course.success === 'passed' ? this.t('course.result.passed', score)
        : course.success === 'failed' ? this.t('course.result.failed', score)
          : this.completed(rules) ? this.t('course.result.completed') : '';
      result.hidden = !result.textContent;
      result.className = 'kemas-outcome' + (course.success === 'passed' ? ' kemas-passed' : course.success === 'failed' ? ' kemas-failed' : '');
    },

    describe: function (rules, i, s) {
      var row = this.rows[i];
      if (rules.skipped(i)) return this.rows[rules.skippedBy(i)].skippedText;
      var score = s.measure === null ? '' : String(Math.round(s.measure * 10000) / 100);
      var text = s.success === 'passed' ? this.t('course.state.passed', score)
        : s.success === 'failed' ? this.t('course.state.failed', score)
          : s.completion === 'completed' ? this.t('course.state.completed')
            : s.completion === 'incomplete' ? this.t('course.state.inProgress') : this.t('course.state.notStarted');
      if (row.attempts) text += ' · ' + this.t('course.state.attempts', s.attempts, row.attempts);
      return text;
    },

    // ---- tests

    /** The quiz may offer another attempt while attempts remain and no remediation is due. */
    offerRetry: function (i) {
      if (!this.active || this.active.row !== i || !this.active.data.quiz) return;
      var row = this.rows[i];
      var m = this.state.materials[row.material];
      var quiz = this.active.data.quiz;
      if (quiz.authorRetry === undefined) quiz.authorRetry = quiz.retry;
      quiz.retry = !m.pending && (row.attempts ? m.attempts < row.attempts : quiz.authorRetry);
    },

    /** A test's attempt has ended passed or failed; a failure with remediation sends the learner back. */
    testEnded: function (i, success) {
      var row = this.rows[i];
      var m = this.state.materials[row.material];
      m.success = success;
      m.pending = false;
      var attemptsLeft = !row.attempts || m.attempts < row.attempts;
      if (success === 'failed' && row.remediation !== null && attemptsLeft) {
        var self = this;
        m.pending = true;
        this.rules().leavesUnder(row.remediation).forEach(function (leaf) {
          var back = self.state.materials[self.rows[leaf].material];
          back.completion = 'incomplete';
          back.location = 0;
          back.data = '';
        });
      }
      this.offerRetry(i);
    },

    // ---- the LMS

    /** Writes the course's state to the LMS and commits. */
    commit: function () {
      this.save();
      // What the material's Next and Previous may do can change with its own progress (linear order).
      if (this.active && !this.active.player.finished) this.active.player.updateNav();
      return this.lms.commit();
    },

    save: function () {
      var self = this;
      var lms = this.lms;
      var rules = this.rules();
      this.state.materials.forEach(function (m, k) {
        var i = self.rowOf[k];
        var r = self.rows[i];
        if (m.pending && r.remediation !== null && rules.status(r.remediation).completion === 'completed') {
          m.pending = false;
          rules = self.rules();
        }
      });
      this.state.materials.forEach(function (m, k) {
        lms.setObjective(self.objectiveIndex[k], { id: self.rows[self.rowOf[k]].id, completion: m.completion,
          success: m.success, scaled: m.measure });
      });
      var course = rules.status(0);
      var completed = this.completed(rules);
      lms.setCompletion(completed ? 'completed' : 'incomplete');
      // SCORM 1.2 has one status for both: success is written once known (see docs/targets.md).
      if (course.success !== 'unknown' || lms.kind !== '1.2') lms.setSuccess(course.success);
      if (course.measure !== null) {
        lms.setScore({ raw: course.measure * 100, min: 0, max: 100, scaled: course.measure });
      }
      lms.setProgress(this.progress(rules));
      lms.setLocation(this.location());
      var encoded = codec.encode(this.layout, this.state);
      if (encoded.length > lms.suspendLimit) {
        log.error('course suspend data of ' + encoded.length + ' characters exceeds the LMS limit of ' + lms.suspendLimit);
      }
      lms.setSuspendData(encoded);
      // Set early so that a session cut off before Terminate still resumes (or ends) as it should.
      lms.setExit(completed ? 'normal' : 'suspend');
    },

    /** The share of required parts completed. */
    progress: function (rules) {
      var required = rules.required();
      return required.length ? required.filter(function (i) {
        return rules.status(i).completion === 'completed';
      }).length / required.length : 1;
    },

    /**
     * The course is completed by its rollup, or by progress when the author asked for that
     * (completedByMeasure); once the LMS has it completed, it stays completed.
     */
    completed: function (rules) {
      var byProgress = this.data.progressCompletion;
      if (this.lmsCompleted) return true;
      return byProgress !== null && byProgress !== undefined ? this.progress(rules) >= byProgress - 1e-9
        : rules.status(0).completion === 'completed';
    },

    /** cmi.location: the material and screen, for people reading LMS reports (the course reads suspend data). */
    location: function () {
      var current = this.state.current;
      if (current === null) return MENU;
      var text = this.rows[this.rowOf[current]].id + '/' + (this.state.materials[current].location || 1);
      return text.length <= 255 ? text : String(current);
    },

    /** Ends the session once: the material on screen, then the course, then Terminate. */
    exit: function () {
      if (this.finished) return;
      this.end('exit');
      qs(this.doc, '[data-kemas-menu]').hidden = true;
      var host = qs(this.doc, '[data-kemas-material-host]');
      host.textContent = '';
      host.hidden = true;
      var exited = qs(this.doc, '[data-kemas-exited]');
      exited.hidden = false;
      qs(exited, 'h1').focus();
    },

    end: function (reason) {
      if (this.finished) return;
      this.exiting = true;
      if (this.active) this.active.player.finish(reason);
      this.active = null;
      this.save();
      this.finished = true;
      this.lms.setSessionTime(Date.now() - this.startedAt);
      var ok = this.lms.finish();
      log.info('course session ended (' + reason + ')' + (ok ? '' : ' but the LMS reported an error'));
    }
  };

  kemas.course = { codec: codec, Rules: Rules, Shell: Shell };

  // ---------------------------------------------------------------- boot

  kemas.course.boot = function (win) {
    var doc = win.document;
    var el = doc.getElementById('kemas-course-data');
    if (!el) return null;
    var data = JSON.parse(el.textContent);
    doc.documentElement.classList.add('kemas-js');
    var session = kemas.lms.connect(win, 'kemas:' + data.course.id);
    var shell = new Shell(data, doc, session.adapter);
    kemas.shell = shell;
    if (session.notice) {
      var status = qs(doc, '[data-kemas-course-status]');
      if (status) {
        status.textContent = shell.t(session.notice, session.code);
        status.className = 'kemas-status kemas-status-warning';
      }
    }
    qsa(doc, '[data-kemas-open]').forEach(function (button) {
      button.addEventListener('click', function () {
        var id = button.getAttribute('data-kemas-open');
        for (var i = 0; i < shell.rows.length; i++) if (shell.rows[i].id === id && shell.rows[i].material >= 0) shell.open(i);
      });
    });
    qsa(doc, '[data-kemas-course="exit"]').forEach(function (button) {
      button.addEventListener('click', function () { shell.exit(); });
    });
    doc.addEventListener('visibilitychange', function () {
      if (doc.visibilityState === 'hidden' && !shell.finished) shell.commit();
    });
    // pagehide, never unload: browsers block unload in LMS iframes and skip it on mobile.
    win.addEventListener('pagehide', function () { shell.end('pagehide'); });
    shell.start();
    return shell;
  };

  // Deferred scripts run in order; this one comes last, after the runtime and the quiz.
  if (global.document && global.document.addEventListener) {
    var booted = false;
    var bootOnce = function () {
      if (booted) return;
      booted = true;
      kemas.course.boot(global);
    };
    if (global.document.readyState === 'complete') global.setTimeout(bootOnce, 0);
    else {
      global.document.addEventListener('DOMContentLoaded', bootOnce);
      global.addEventListener('load', bootOnce);
    }
  }
})(this);
