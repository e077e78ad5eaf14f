using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Replaces one call of a fluent chain with the call that sets the compliant value, or removes it.</summary>
internal sealed class ReplaceCallFixer : FixRewriter
{
    public override FixKind Kind => FixKind.ReplaceCall;

    public override string Title(string code) => code.Length == 0 ? "Remove the call" : "Use " + Display(code).TrimStart('.');

    public override SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, SyntaxNode original, string code, SemanticModel semanticModel)
    {
        if (SyntaxEdits.InvocationAt(target) is not { Expression: MemberAccessExpressionSyntax access } invocation)
        {
            return null;
        }

        if (code.Length == 0)
        {
            // builder.Public(); goes whole; builder.A().Public(); keeps builder.A();
            if (invocation.Parent is ExpressionStatementSyntax statement && access.Expression is not InvocationExpressionSyntax)
            {
                return statement.Parent is BlockSyntax ? root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia) : null;
            }

            return root.ReplaceNode(invocation, access.Expression.WithTrailingTrivia(invocation.GetTrailingTrivia()));
        }

        return SyntaxEdits.CallOn(access.Expression, code, access.OperatorToken.LeadingTrivia) is { } replacement
            ? root.ReplaceNode(invocation, replacement.WithTriviaFrom(invocation))
            : null;
    }
}
