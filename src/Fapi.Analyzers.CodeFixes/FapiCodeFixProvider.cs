using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>
/// The one code fix provider: the analyzer put the fix kind and the code to write in the diagnostic's properties,
/// and the rewriter of that kind edits the syntax; the simplifier and formatter tidy the result. One provider for all
/// kinds, with one document-based Fix All, because dotnet format runs a single provider per diagnostic ID and one
/// rule can need several kinds (a literal on a client, a missing option on the host).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FapiCodeFixProvider)), Shared]
public sealed class FapiCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "Fapi.ApplyProfileValue";

    private static readonly ImmutableArray<string> FixableIds = new FapiAnalyzer().SupportedDiagnostics
        .Where(descriptor => descriptor.Id != RuleIds.InvalidConfiguration).Select(descriptor => descriptor.Id).ToImmutableArray();

    private static readonly Dictionary<FixKind, FixRewriter> Rewriters = new FixRewriter[]
    {
        new ReplaceExpressionFixer(),
        new RemoveElementFixer(),
        new ReplaceCallFixer(),
        new AppendCallFixer(),
        new AddInitializerMemberFixer(),
        new AddArgumentFixer(),
        new AddOptionsAssignmentFixer(),
    }.ToDictionary(rewriter => rewriter.Kind);

    public override ImmutableArray<string> FixableDiagnosticIds => FixableIds;

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Fix(diagnostic) is not { } fix)
            {
                continue;
            }

            var target = Target(root, diagnostic);
            if (fix.Rewriter.Rewrite(root, target, target, fix.Code, semanticModel) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(fix.Rewriter.Title(fix.Code) + KeyNote(diagnostic), token => FixAsync(context.Document, ImmutableArray.Create(diagnostic), token), EquivalenceKey),
                diagnostic);
        }
    }

    private static (FixRewriter Rewriter, string Code)? Fix(Diagnostic diagnostic)
    {
        if (diagnostic.Properties.TryGetValue(FixProperties.Kind, out var kindName)
            && System.Enum.TryParse<FixKind>(kindName, out var kind)
            && Rewriters.TryGetValue(kind, out var rewriter)
            && diagnostic.Properties.TryGetValue(FixProperties.Code, out var code) && code is not null)
        {
            return (rewriter, code);
        }

        return null;
    }

    /// <summary>
    /// A server signs with a key of exactly the algorithm it is told to use: a fix that changes a server-signed algorithm
    /// says that key is needed, so token issuance does not fail silently after the fix.
    /// </summary>
    private static string KeyNote(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.Setting, out var setting)
           && setting is nameof(Setting.IdTokenSigningAlgorithm) or nameof(Setting.IdTokenSigningAlgorithms) or nameof(Setting.AccessTokenSigningAlgorithm) or nameof(Setting.UserInfoSigningAlgorithm)
               or nameof(Setting.DefaultAccessTokenSigningAlgorithm) or nameof(Setting.JarmSigningAlgorithm)
           && diagnostic.Properties.TryGetValue(FixProperties.Value, out var algorithm) && !string.IsNullOrEmpty(algorithm)
            ? " (the server needs a " + algorithm + " signing key)"
            : "";

    private static SyntaxNode Target(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);

    /// <summary>Applies the fixes in source order on one copy of the tree, finding each target again after earlier edits.</summary>
    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var work = diagnostics.Where(d => Fix(d) is not null).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        var targets = work.Select(d => Target(root, d)).ToImmutableArray();
        var tracked = root.TrackNodes(targets);
        for (var i = 0; i < work.Length; i++)
        {
            var (rewriter, code) = Fix(work[i])!.Value;
            if (tracked.GetCurrentNode(targets[i]) is { } current && rewriter.Rewrite(tracked, current, targets[i], code, semanticModel) is { } rewritten)
            {
                tracked = rewritten;
            }
        }

        var changed = document.WithSyntaxRoot(tracked);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
