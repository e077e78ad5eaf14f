using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>
/// The shared shape of every fixer: the analyzer put the fix kind and the code to write in the diagnostic's
/// properties; a fixer of that kind rewrites the syntax, and the simplifier and formatter tidy the result.
/// Fix All rewrites one document at a time, so diagnostics of several rule IDs fix together (dotnet format).
/// </summary>
public abstract class FapiCodeFixProvider : CodeFixProvider
{
    private static readonly ImmutableArray<string> FixableIds = RuleCatalog.All.Select(rule => rule.Descriptor.Id).ToImmutableArray();

    private protected abstract FixKind Kind { get; }

    public sealed override ImmutableArray<string> FixableDiagnosticIds => FixableIds;

    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!IsMine(diagnostic, out var code))
            {
                continue;
            }

            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (semanticModel is null || Rewrite(root, Target(root, diagnostic), Target(root, diagnostic), code, semanticModel) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title(code), token => FixAsync(context.Document, ImmutableArray.Create(diagnostic), token), EquivalenceKey),
                diagnostic);
        }
    }

    private protected string EquivalenceKey => "Fapi." + Kind;

    /// <summary>The action's title, from the code it writes.</summary>
    private protected abstract string Title(string code);

    /// <summary>
    /// The root with the fix applied at <paramref name="target"/>, or null when this code cannot be fixed.
    /// <paramref name="original"/> is the same node in the tree <paramref name="semanticModel"/> belongs to (Fix All edits a copy).
    /// </summary>
    private protected abstract SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, SyntaxNode original, string code, SemanticModel semanticModel);

    private protected static string Display(string code) => code.Replace("global::", "");

    private bool IsMine(Diagnostic diagnostic, out string code)
    {
        code = "";
        if (!diagnostic.Properties.TryGetValue(RuleReporter.FixKindProperty, out var kind) || kind != Kind.ToString()
            || !diagnostic.Properties.TryGetValue(RuleReporter.FixCodeProperty, out var written) || written is null)
        {
            return false;
        }

        code = written;
        return true;
    }

    private static SyntaxNode Target(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

    private async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);

    private async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var work = diagnostics.Where(d => IsMine(d, out _)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        var targets = work.Select(d => Target(root, d)).ToImmutableArray();
        var tracked = root.TrackNodes(targets);
        for (var i = 0; i < work.Length; i++)
        {
            IsMine(work[i], out var code);
            if (tracked.GetCurrentNode(targets[i]) is { } current && Rewrite(tracked, current, targets[i], code, semanticModel) is { } rewritten)
            {
                tracked = rewritten;
            }
        }

        var changed = document.WithSyntaxRoot(tracked);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
