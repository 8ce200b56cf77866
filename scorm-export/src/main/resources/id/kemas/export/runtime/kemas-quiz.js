/*
 * kemas quiz: the question screens and the results screen of a SCO. Reads and marks answers,
 * records each checked answer as a SCORM 2004 interaction, scores the attempt and reports
 * score and success. Plugs into kemas-runtime.js (kemas.Player); talks to the LMS only through
 * the player's adapter.
 */
(function (global) {
  'use strict';

  var kemas = global.kemas = global.kemas || {};

  // ---------------------------------------------------------------- pure functions

  /** Reserved delimiters and a leading "{" would change the meaning of a SCORM response string. */
  function responseText(s, max) {
    var out = kemas.codec.wellFormed(String(s)).trim().replace(/\[[,.]\]/g, function (m) { return m.charAt(1); });
    if (out.charAt(0) === '{') out = '(' + out.substring(1);
    if (out.length > max) out = out.substring(0, /[\uD800-\uDBFF]/.test(out.charAt(max - 1)) ? max - 1 : max);
    return out.trim();
  }

  function normalize(s) {
    return String(s).trim().toLowerCase();
  }

  function sameSet(a, b) {
    if (a.length !== b.length) return false;
    var sorted = b.slice().sort();
    return a.slice().sort().every(function (x, i) { return x === sorted[i]; });
  }

  /** Whether a response (in the codec's representation) is right. */
  function isCorrect(q, response) {
    switch (q.type) {
      case 'single': return q.correct.indexOf(q.choices[response]) >= 0;
      case 'multiple': return sameSet(response.map(function (i) { return q.choices[i]; }), q.correct);
      case 'true-false': return response === q.answer;
      case 'fill-in': return q.accept.some(function (a) { return normalize(a) === normalize(response); });
      case 'matching': return response.every(function (target, i) { return target === i; });
    }
    return false;
  }

  /** cmi.interactions.n.* values in the SCORM 2004 format of the question's interaction type. */
  function interaction(q, response) {
    var learner, correct;
    switch (q.type) {
      case 'single':
        learner = q.choices[response];
        correct = [q.correct.join('[,]')];
        break;
      case 'multiple':
        learner = response.map(function (i) { return q.choices[i]; }).join('[,]');
        correct = [q.correct.join('[,]')];
        break;
      case 'true-false':
        learner = String(response);
        correct = [String(q.answer)];
        break;
      case 'fill-in':
        learner = responseText(response, 250);
        // each accepted answer is one pattern; LMSs must keep at least five
        correct = q.accept.slice(0, 5).map(function (a) { return responseText(a, 250); })
          .filter(function (a) { return a.length > 0; });
        break;
      case 'matching':
        learner = q.pairs.map(function (id, i) { return id + '[.]' + q.pairs[response[i]]; }).join('[,]');
        correct = [q.pairs.map(function (id) { return id + '[.]' + id; }).join('[,]')];
        break;
    }
    return {
      id: q.id,
      type: q.interactionType,
      description: q.description,
      weighting: String(q.weight),
      learnerResponse: learner,
      correctResponses: correct,
      result: isCorrect(q, response) ? 'correct' : 'incorrect'
    };
  }

  /** Score of an attempt as a percentage of the weights of the questions it drew. */
  function score(questions, order, answers) {
    var total = 0, earned = 0, right = 0;
    order.forEach(function (qi, slot) {
      var q = questions[qi];
      total += q.weight;
      if (answers[slot] !== null && answers[slot] !== undefined && isCorrect(q, answers[slot])) {
        earned += q.weight;
        right++;
      }
    });
    var ratio = total > 0 ? earned / total : 0;
    return { raw: ratio * 100, min: 0, max: 100, scaled: ratio, right: right, count: order.length };
  }

  function draw(count, drawn, shuffle) {
    var bank = [];
    for (var i = 0; i < count; i++) bank.push(i);
    if (!shuffle && drawn === count) return bank;
    for (var j = bank.length - 1; j > 0; j--) {
      var k = Math.floor(Math.random() * (j + 1));
      var t = bank[j]; bank[j] = bank[k]; bank[k] = t;
    }
    var picked = bank.slice(0, drawn);
    return shuffle ? picked : picked.sort(function (a, b) { return a - b; });
  }

  // ---------------------------------------------------------------- screens

  function qsa(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function Quiz(data, doc, player) {
    var self = this;
    this.def = data.quiz;
    this.questions = data.quiz.questions;
    this.drawn = data.quiz.drawn;
    this.doc = doc;
    this.player = player;
    this.pageCount = data.pageCount;
    this.attempt = null;
    this.shownAt = {};
    this.passing = undefined;
    this.results = doc.querySelector('[data-kemas-screen="results"]');
    this.sections = {};
    qsa(doc, '[data-kemas-question]').forEach(function (section) {
      self.sections[section.getAttribute('data-kemas-question')] = section;
      var form = section.querySelector('form');
      if (form) {
        form.addEventListener('submit', function (e) {
          e.preventDefault();
          self.check(player.current - self.pageCount);
        });
      }
    });
    qsa(doc, '[data-kemas-quiz="retry"]').forEach(function (button) {
      button.addEventListener('click', function () { self.retry(); });
    });
  }

  Quiz.prototype = {
    state: function () {
      return this.attempt ? { finished: this.attempt.finished, order: this.attempt.order, answers: this.attempt.answers } : null;
    },

    restore: function (state) {
      this.attempt = state ? { finished: state.finished, order: state.order.slice(), answers: state.answers.slice() } : null;
    },

    finished: function () {
      return !!(this.attempt && this.attempt.finished);
    },

    newAttempt: function () {
      var order = draw(this.questions.length, this.drawn, this.def.shuffle);
      this.attempt = { finished: false, order: order, answers: order.map(function () { return null; }) };
      this.shownAt = {};
    },

    firstUnanswered: function () {
      var answers = this.attempt ? this.attempt.answers : [];
      for (var i = 0; i < this.drawn; i++) if (answers[i] === null || answers[i] === undefined) return i;
      return this.drawn;
    },

    /** The screen the learner may be on instead of `index` (no skipping ahead of an unanswered question). */
    allowedScreen: function (index) {
      if (index < this.pageCount) return index;
      if (!this.attempt) return this.pageCount;
      var slot = index - this.pageCount;
      if (slot === this.drawn && this.attempt.finished) return index;
      return this.pageCount + Math.min(slot, this.firstUnanswered());
    },

    /** Whether the learner may move on from a question screen; if not, says why. */
    canLeave: function (slot) {
      if (slot >= this.drawn || this.attempt.answers[slot] !== null) return true;
      var section = this.sections[this.questions[this.attempt.order[slot]].id];
      this.hint(section, this.player.t('quiz.answerFirst'));
      return false;
    },

    hint: function (section, text) {
      var hint = section.querySelector('[data-kemas-quiz="hint"]');
      hint.textContent = text;
      hint.hidden = !text;
      if (text) {
        var first = section.querySelector('input:not([disabled]), select:not([disabled])');
        if (first) first.focus();
      }
    },

    /** The element of question screen `slot` (or the results at slot == drawn), brought up to date. */
    show: function (slot) {
      if (!this.attempt) this.newAttempt();
      if (slot >= this.drawn) {
        if (!this.attempt.finished) this.finish();
        this.renderResults();
        return this.results;
      }
      var q = this.questions[this.attempt.order[slot]];
      var section = this.sections[q.id];
      if (this.shownAt[slot] === undefined) this.shownAt[slot] = Date.now();
      section.querySelector('[data-kemas-quiz="number"]').textContent =
        this.player.t('quiz.number', slot + 1, this.drawn);
      this.render(section, q, this.attempt.answers[slot]);
      return section;
    },

    render: function (section, q, answer) {
      var answered = answer !== null && answer !== undefined;
      this.write(section, q, answered ? answer : null);
      qsa(section, 'input, select').forEach(function (el) { el.disabled = answered; });
      section.querySelector('[data-kemas-quiz="check"]').hidden = answered;
      this.hint(section, '');
      var verdict = section.querySelector('[data-kemas-quiz="verdict"]');
      var feedback = section.querySelector('[data-kemas-quiz="feedback"]');
      var correct = answered && isCorrect(q, answer);
      verdict.textContent = answered ? this.player.t(correct ? 'quiz.correct' : 'quiz.incorrect') : '';
      feedback.hidden = !answered;
      feedback.className = 'kemas-feedback' + (answered ? (correct ? ' kemas-feedback-correct' : ' kemas-feedback-incorrect') : '');
    },

    /** The learner's response from the form, or null when not complete. */
    read: function (section, q) {
      var value = function (el) { return el.value; };
      switch (q.type) {
        case 'single': {
          var chosen = qsa(section, '[data-kemas-quiz="choice"]:checked').map(value);
          return chosen.length ? q.choices.indexOf(chosen[0]) : null;
        }
        case 'multiple': {
          var many = qsa(section, '[data-kemas-quiz="choice"]:checked')
            .map(function (el) { return q.choices.indexOf(el.value); }).sort(function (a, b) { return a - b; });
          return many.length ? many : null;
        }
        case 'true-false': {
          var tf = qsa(section, '[data-kemas-quiz="choice"]:checked').map(value);
          return tf.length ? tf[0] === 'true' : null;
        }
        case 'fill-in': {
          var text = kemas.codec.wellFormed(section.querySelector('[data-kemas-quiz="text"]').value).trim();
          if (text.length > this.def.textMax) text = responseText(text, this.def.textMax);
          return text.length ? text : null;
        }
        case 'matching': {
          var targets = q.pairs.map(function (id) {
            var select = section.querySelector('[data-kemas-quiz="match"][data-kemas-source="' + id + '"]');
            return select && select.value ? q.pairs.indexOf(select.value) : -1;
          });
          return targets.indexOf(-1) >= 0 ? null : targets;
        }
      }
      return null;
    },

    write: function (section, q, answer) {
      switch (q.type) {
        case 'single':
        case 'multiple':
        case 'true-false':
          qsa(section, '[data-kemas-quiz="choice"]').forEach(function (el) {
            var i = q.choices ? q.choices.indexOf(el.value) : -1;
            el.checked = answer !== null && (q.type === 'single' ? i === answer
              : q.type === 'multiple' ? answer.indexOf(i) >= 0 : String(answer) === el.value);
          });
          break;
        case 'fill-in':
          section.querySelector('[data-kemas-quiz="text"]').value = answer === null ? '' : answer;
          break;
        case 'matching':
          q.pairs.forEach(function (id, i) {
            var select = section.querySelector('[data-kemas-quiz="match"][data-kemas-source="' + id + '"]');
            if (select) select.value = answer === null ? '' : q.pairs[answer[i]];
          });
          break;
      }
    },

    /** Checks the answer on screen `slot`: marks it, records the interaction, checkpoints. */
    check: function (slot) {
      if (!this.attempt || slot < 0 || slot >= this.drawn || this.attempt.answers[slot] !== null) return;
      var q = this.questions[this.attempt.order[slot]];
      var section = this.sections[q.id];
      var response = this.read(section, q);
      if (response === null) {
        this.hint(section, this.player.t('quiz.answerFirst'));
        return;
      }
      this.attempt.answers[slot] = response;
      var record = interaction(q, response);
      record.timestamp = new Date();
      record.latency = Date.now() - (this.shownAt[slot] || Date.now());
      this.player.lms.addInteraction(record);
      this.render(section, q, response);
      section.querySelector('[data-kemas-quiz="feedback"]').focus();
      this.player.updateNav();
      this.player.checkpoint('answer');
    },

    passingScore: function () {
      if (this.passing === undefined) {
        var lms = this.player.lms.scaledPassingScore();
        this.passing = lms !== null ? lms : this.def.passingScore !== null ? this.def.passingScore / 100 : null;
      }
      return this.passing;
    },

    result: function () {
      var s = score(this.questions, this.attempt.order, this.attempt.answers);
      var pass = this.passingScore();
      s.passed = pass === null ? null : s.scaled >= pass - 1e-9;
      return s;
    },

    /** The end of an attempt: score and success go to the LMS (the checkpoint follows). */
    finish: function () {
      this.attempt.finished = true;
      var r = this.result();
      var lms = this.player.lms;
      lms.setScore(r);
      if (r.passed !== null) lms.setSuccess(r.passed ? 'passed' : 'failed');
      kemas.log.info('quiz finished: ' + Math.round(r.raw * 100) / 100 + '%' +
        (r.passed === null ? '' : r.passed ? ', passed' : ', failed'));
    },

    renderResults: function () {
      var r = this.result();
      var t = this.player.t.bind(this.player);
      var set = function (name, text) {
        var el = this.results.querySelector('[data-kemas-quiz="' + name + '"]');
        if (el) {
          el.textContent = text;
          el.hidden = !text;
        }
      }.bind(this);
      set('score', t('quiz.score', Math.round(r.raw * 100) / 100));
      set('correct-count', t('quiz.correctCount', r.right, r.count));
      var pass = this.passingScore();
      set('pass-mark', pass === null ? '' : t('quiz.passMark', Math.round(pass * 10000) / 100));
      set('outcome', r.passed === null ? '' : t(r.passed ? 'quiz.passed' : 'quiz.failed'));
      var outcome = this.results.querySelector('[data-kemas-quiz="outcome"]');
      if (outcome) outcome.className = 'kemas-outcome' + (r.passed === null ? '' : r.passed ? ' kemas-passed' : ' kemas-failed');
      var review = this.results.querySelector('[data-kemas-quiz="review"]');
      if (review) {
        review.textContent = '';
        var self = this;
        this.attempt.order.forEach(function (qi, slot) {
          var li = self.doc.createElement('li');
          var ok = isCorrect(self.questions[qi], self.attempt.answers[slot]);
          li.className = ok ? 'kemas-review-correct' : 'kemas-review-incorrect';
          li.textContent = t('quiz.reviewItem', slot + 1, t(ok ? 'quiz.correct' : 'quiz.incorrect'));
          review.appendChild(li);
        });
      }
      var retry = this.results.querySelector('[data-kemas-quiz="retry"]');
      if (retry) retry.hidden = !(this.def.retry && r.passed !== true);
    },

    /** A new attempt: new draw, no answers, back to the first question. */
    retry: function () {
      if (this.player.finished) return;
      this.newAttempt();
      this.player.show(this.pageCount);
    }
  };

  kemas.quiz = {
    create: function (data, doc, player) { return new Quiz(data, doc, player); },
    isCorrect: isCorrect,
    interaction: interaction,
    score: score,
    responseText: responseText
  };
})(this);
