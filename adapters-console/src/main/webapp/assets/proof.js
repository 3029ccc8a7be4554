/*
 * Checks an RFC 9162 inclusion proof in the browser with WebCrypto SHA-256: the entry's canonical bytes
 * hash to its leaf hash (SHA-256 of 0x00 and the bytes), and the audit path leads from the leaf to the
 * root hash of the tree (RFC 9162 section 2.1.3.2). The page works without it; it then says that the
 * browser did not check the proof.
 */
(function () {
  'use strict';

  function hex(bytes) {
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  function unhex(text) {
    var out = new Uint8Array(text.length / 2);
    for (var i = 0; i < out.length; i++) {
      out[i] = parseInt(text.substr(i * 2, 2), 16);
    }
    return out;
  }

  async function sha256(parts) {
    var length = parts.reduce(function (n, p) { return n + p.length; }, 0);
    var all = new Uint8Array(length);
    var offset = 0;
    parts.forEach(function (p) { all.set(p, offset); offset += p.length; });
    return new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  }

  async function check(data) {
    var entry = Uint8Array.from(atob(data.entry), function (c) { return c.charCodeAt(0); });
    var r = await sha256([Uint8Array.of(0), entry]);
    if (hex(r) !== data.leaf) {
      return 'the entry does not hash to its leaf hash';
    }
    var fn = BigInt(data.index);
    var sn = BigInt(data.size) - 1n;
    if (fn < 0n || fn > sn) {
      return 'the entry is not in a tree of that size';
    }
    var path = data.path ? data.path.split(' ') : [];
    for (var i = 0; i < path.length; i++) {
      if (sn === 0n) {
        return 'the audit path is longer than the tree is deep';
      }
      var node = unhex(path[i]);
      if ((fn & 1n) === 1n || fn === sn) {
        r = await sha256([Uint8Array.of(1), node, r]);
        if ((fn & 1n) === 0n) {
          while ((fn & 1n) === 0n && fn !== 0n) {
            fn >>= 1n;
            sn >>= 1n;
          }
        }
      } else {
        r = await sha256([Uint8Array.of(1), r, node]);
      }
      fn >>= 1n;
      sn >>= 1n;
    }
    if (sn !== 0n) {
      return 'the audit path is shorter than the tree is deep';
    }
    if (hex(r) !== data.root) {
      return 'the audit path does not lead to the root hash';
    }
    return null;
  }

  async function run() {
    var box = document.getElementById('proof-check');
    if (!box) {
      return;
    }
    var result = document.getElementById('proof-check-result');
    if (!window.crypto || !window.crypto.subtle) {
      box.setAttribute('data-result', 'unchecked');
      result.textContent = 'Your browser cannot check this proof here: it offers SHA-256 to pages served over HTTPS only.';
      return;
    }
    try {
      var failure = await check(box.dataset);
      box.setAttribute('data-result', failure === null ? 'holds' : 'fails');
      result.textContent = failure === null
        ? 'Checked in your browser just now with SHA-256: the entry hashes to its leaf hash, and the audit path '
          + 'leads from it to the root hash. The proof holds.'
        : 'Checked in your browser just now with SHA-256: the proof does not hold, because ' + failure + '.';
      box.classList.toggle('dualimpact-proof--fails', failure !== null);
    } catch (e) {
      box.setAttribute('data-result', 'error');
      result.textContent = 'Your browser could not check this proof: ' + e.message;
    }
  }

  window.dualImpactCheckProof = run;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run);
  } else {
    run();
  }
}());
