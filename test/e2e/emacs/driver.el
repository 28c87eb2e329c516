;;; driver.el --- headless Emacs 28 + eglot against dist/server.js  -*- lexical-binding: t -*-
;; As a person with eglot would: open the draft, let eglot connect, wait for the diagnostics
;; Flymake shows, ask eldoc's hover function at the wrong figure, pick the quick fix by its
;; title from eglot's own menu (`eglot-code-actions'), then wait for the server to drop that
;; diagnostic. Nothing is asserted here: what was seen is written as JSON to E2E_OUT and
;; judged by test/e2e/headless.mjs. Env as for the Neovim driver.
(require 'eglot)   ; Debian 12: elpa-eglot 1.9 on Emacs 28.2
(require 'flymake)
(require 'cl-lib)
(require 'json)

(defvar e2e-server (getenv "E2E_SERVER"))
(defvar e2e-file (getenv "E2E_FILE"))
(defvar e2e-out (getenv "E2E_OUT"))
(defvar e2e-line (string-to-number (getenv "E2E_LINE")))
(defvar e2e-col (1- (string-to-number (getenv "E2E_COL"))))
(defvar e2e-fix-title (getenv "E2E_FIX_TITLE"))
(defvar e2e-timeout (/ (string-to-number (or (getenv "E2E_TIMEOUT_MS") "20000")) 1000.0))
(defvar e2e-seen nil "An alist, written out as the JSON object.")
(defvar e2e-publishes 0)

(defun e2e-put (key value) (setq e2e-seen (cons (cons key value) (assq-delete-all key e2e-seen))))
(defun e2e-finish (code)
  (with-temp-file e2e-out
    (insert (json-encode (if (assq 'diagnostics e2e-seen) e2e-seen (cons '(diagnostics . []) e2e-seen)))))
  (kill-emacs code))
(defun e2e-fail (fmt &rest args) (e2e-put 'error (apply #'format fmt args)) (e2e-finish 1))
(defun e2e-wait (pred)
  "Run the event loop (process output, timers) until PRED holds or the deadline passes."
  (let ((deadline (+ (float-time) e2e-timeout)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (funcall pred)))
(defun e2e-run-idle-timers ()
  "Batch Emacs is never idle, so eglot's idle timer that sends didChange would never fire:
run the pending idle timers once by hand, as an idle editor would."
  (dolist (timer (copy-sequence timer-idle-list)) (ignore-errors (timer-event-handler timer))))

(defun e2e-shown ()
  "The diagnostics as Flymake has them: line, UTF-16 column (the draft is BMP-only, so one
column a character), and eglot's text \"SOURCE [CODE]: MESSAGE\"."
  (vconcat
   (mapcar (lambda (d)
             (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
               `((line . ,(line-number-at-pos beg))
                 (column . ,(save-excursion (goto-char beg) (1+ (current-column))))
                 (endLine . ,(line-number-at-pos end))
                 (endColumn . ,(save-excursion (goto-char end) (1+ (current-column))))
                 (type . ,(symbol-name (flymake-diagnostic-type d)))
                 (text . ,(flymake-diagnostic-text d)))))
           (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))

;; Emacs 28 has no Markdown mode: a minimal one, so eglot sends languageId "markdown".
(unless (fboundp 'markdown-mode) (define-derived-mode markdown-mode text-mode "Markdown"))
(add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))
(add-to-list 'eglot-server-programs `(markdown-mode . ("node" ,e2e-server "--stdio")))
(setq eglot-sync-connect t eglot-connect-timeout 30)
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest _)
              (when (eq method 'textDocument/publishDiagnostics) (setq e2e-publishes (1+ e2e-publishes)))))

(condition-case err
    (progn
      (find-file e2e-file)
      (unless (eq major-mode 'markdown-mode) (markdown-mode))
      ;; the project is the folder above drafts/, as a workspace would be
      (eglot '(markdown-mode) (cons 'transient (file-name-directory (directory-file-name (file-name-directory e2e-file))))
             'eglot-lsp-server `("node" ,e2e-server "--stdio") "markdown")
      (unless (eglot-current-server) (e2e-fail "the buffer is not managed by eglot"))

      ;; 1. diagnostics
      (unless (e2e-wait (lambda () (> (length (flymake-diagnostics)) 0)))
        (e2e-fail "no diagnostics within %.0f s (publishDiagnostics seen: %d)" e2e-timeout e2e-publishes))
      (e2e-put 'diagnostics (e2e-shown))

      ;; 2. hover, through the eldoc function eglot installs (what the echo area shows)
      (goto-char (point-min))
      (forward-line (1- e2e-line))
      (forward-char (1+ e2e-col))
      (let ((hover nil))
        (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
        (if (e2e-wait (lambda () hover))
            (e2e-put 'hover (substring-no-properties hover))
          (e2e-put 'hover_error "no hover answer")))

      ;; 3. the quick fix, picked by title from eglot's menu of the actions at point
      (let ((offered nil) (before e2e-publishes)
            (beg (save-excursion (skip-chars-backward "A-Za-z0-9-") (point)))
            (end (save-excursion (skip-chars-forward "A-Za-z0-9-") (point))))
        ;; In batch, eglot asks with completing-read (not a popup) when the last event is a key.
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt collection &rest _)
                     (setq offered (mapcar (lambda (c) (if (consp c) (car c) c)) collection))
                     (if (member e2e-fix-title offered) e2e-fix-title (e2e-fail "no action titled %s" e2e-fix-title)))))
          (let ((last-nonmenu-event ?\r))
            (eglot-code-actions beg end nil t)))
        (e2e-put 'actions (vconcat offered))
        (e2e-put 'line_after_fix (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
        (e2e-run-idle-timers)
        (e2e-wait (lambda () (> e2e-publishes before)))
        ;; Flymake updates from that publish at once; give it the same loop turn.
        (accept-process-output nil 0.05)
        (e2e-put 'diagnostics_after_fix (e2e-shown)))
      (set-buffer-modified-p nil)   ; never written back
      (ignore-errors (eglot-shutdown (eglot-current-server)))
      (e2e-put 'publishes e2e-publishes)
      (e2e-finish 0))
  (error (e2e-fail "%S" err)))
