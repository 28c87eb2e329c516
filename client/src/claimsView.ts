import * as vscode from 'vscode';
import { CLAIMS_REQUEST, DRAFT_SUMMARY_NOTIFICATION, type ClaimsParams, type ClaimsResult, type DraftSummaryParams } from '../../server/src/protocol';
import type { ServerClient } from './serverClient';

type Claim = ClaimsResult['claims'][number];
type Status = Claim['status'];

/** The groups in the order a fact-checker works them: what to resolve first, what is done last. */
const GROUPS: readonly { status: Status; label: string; icon: string }[] = [
  { status: 'contradicted', label: 'Contradicted', icon: 'error' },
  { status: 'unsourced', label: 'Unsourced', icon: 'question' },
  { status: 'cited', label: 'Cited, not checked against a fact', icon: 'link' },
  { status: 'confirmed', label: 'Confirmed', icon: 'pass' },
  { status: 'ignored', label: 'Ignored', icon: 'eye-closed' },
];

const REVEAL = 'opedFacts.revealClaim';

type Node = { group: (typeof GROUPS)[number]; claims: Claim[] } | { claim: Claim; uri: string };

/**
 * The Claims view (issue 14): the active draft's claims grouped by status
 * with counts, each with its line and entry, its fact card as the tooltip;
 * a click selects the claim in the editor. It asks the server for the
 * inventory (opedFacts/claims) after each check of the draft.
 */
export class ClaimsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[];
  private result: ClaimsResult | undefined;

  constructor(private readonly server: ServerClient) {
    this.view = vscode.window.createTreeView('opedFacts.claims', { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.view,
      this.changed,
      vscode.commands.registerCommand(REVEAL, (uri: string, claim: Claim) => reveal(uri, claim)),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      server.onNotification<DraftSummaryParams>(DRAFT_SUMMARY_NOTIFICATION, (summary) => {
        if (summary.uri === activeDraft()?.toString()) void this.refresh();
      }),
    ];
    void this.refresh();
  }

  /** Asks the server for the active draft's inventory and redraws. */
  async refresh(): Promise<void> {
    const uri = activeDraft();
    if (!uri) {
      this.result = undefined;
      this.view.message = 'Open a Markdown draft to see its claims.';
      this.view.description = undefined; // not the summary of the draft that was active before
      this.changed.fire();
      return;
    }
    try {
      this.result = (await this.server.sendRequest<ClaimsResult | null>(CLAIMS_REQUEST, { uri: uri.toString() } satisfies ClaimsParams)) ?? undefined;
    } catch {
      this.result = undefined;
    }
    this.view.message = !this.result ? 'The language server is not running.' : !this.result.checked ? 'This draft was not checked.' : this.result.claims.length ? undefined : 'No claims in this draft: no counts, dates, ages, names or figures were read.';
    this.view.description = this.result?.checked ? this.result.summaryLine : undefined;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const result = this.result;
    if (!result) return [];
    if (!node) return GROUPS.map((group) => ({ group, claims: result.claims.filter((c) => c.status === group.status) })).filter((g) => g.claims.length);
    return 'group' in node ? node.claims.map((claim) => ({ claim, uri: result.uri })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('group' in node) {
      const item = new vscode.TreeItem(`${node.group.label} (${node.claims.length})`, node.group.status === 'contradicted' || node.group.status === 'unsourced' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon(node.group.icon);
      item.contextValue = 'group';
      return item;
    }
    const { claim, uri } = node;
    const item = new vscode.TreeItem(`${claim.line}: ${claim.text}`, vscode.TreeItemCollapsibleState.None);
    item.description = claim.factId ?? (claim.citation ? `cited by ${claim.citation}` : 'no entry');
    item.tooltip = tooltipOf(claim);
    item.command = { command: REVEAL, title: 'Select the claim', arguments: [uri, claim] };
    item.contextValue = 'claim';
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The fact card, as the hover shows it; for a claim with no entry, what it is and why it stands as it does. */
function tooltipOf(claim: Claim): vscode.MarkdownString {
  const why: Record<Status, string> = {
    contradicted: 'The fact file disagrees with this claim.',
    confirmed: 'The fact file agrees, and its entry has a source.',
    cited: 'No fact to check it against, but the sentence cites a source.',
    unsourced: 'No source: no citation in the sentence, and no entry with a source.',
    ignored: 'A directive silences the checks on this claim.',
  };
  const text = claim.card ?? `**${why[claim.status]}**\n\n“${claim.text}”, line ${claim.line}`;
  const fix = claim.expected !== undefined ? `\n\nFix: **${claim.expected}**` : '';
  return new vscode.MarkdownString(`${text}${fix}`);
}

function activeDraft(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document.uri : undefined;
}

/** Opens the draft and selects the claim's words. */
async function reveal(uri: string, claim: Claim): Promise<void> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
  const range = new vscode.Range(claim.range.start.line, claim.range.start.character, claim.range.end.line, claim.range.end.character);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
