using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Writes the compliant value where the offending value stands: <c>"RS256"</c> becomes <c>"ES256"</c>.</summary>
internal sealed class ReplaceExpressionFixer : FixRewriter
{
    public override FixKind Kind => FixKind.ReplaceExpression;

    public override string Title(string code) => "Use " + Display(code);

    public override SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, SyntaxNode original, string code, SemanticModel semanticModel)
    {
        if (target is ArgumentSyntax argument)
        {
            target = argument.Expression;
        }

        return target is ExpressionSyntax expression && SyntaxEdits.Expression(code) is { } replacement
            ? root.ReplaceNode(expression, replacement.WithTriviaFrom(expression))
            : null;
    }
}
