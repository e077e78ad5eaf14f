using System.Linq;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Adds the missing member to the object initializer of <c>new Client { ... }</c>.</summary>
internal sealed class AddInitializerMemberFixer : FixRewriter
{
    public override FixKind Kind => FixKind.AddInitializerMember;

    public override string Title(string code) => "Set " + Display(code);

    public override SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, SyntaxNode original, string code, SemanticModel semanticModel)
    {
        var creation = target.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>();
        if (creation is null || SyntaxEdits.Expression(code) is not AssignmentExpressionSyntax member)
        {
            return null;
        }

        if (creation.Initializer is not { } initializer)
        {
            var created = SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(member));
            return root.ReplaceNode(creation, creation.WithInitializer(SyntaxEdits.Annotate(created)));
        }

        return root.ReplaceNode(initializer, Append(initializer, member));
    }

    /// <summary>Appends an element, on its own line when the initializer spans lines.</summary>
    private static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax member)
    {
        var items = initializer.Expressions;
        if (items.Count == 0)
        {
            return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(member));
        }

        var lineBreak = initializer.OpenBraceToken.TrailingTrivia.FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var multiline = lineBreak.IsKind(SyntaxKind.EndOfLineTrivia);
        var last = items[items.Count - 1];
        var element = multiline ? member.WithLeadingTrivia(last.GetLeadingTrivia()) : member.WithLeadingTrivia(SyntaxFactory.Space);
        var nodesAndTokens = items.GetWithSeparators();
        if (items.SeparatorCount == items.Count)
        {
            // A trailing comma already ends the list: the new member goes after it, and keeps one of its own.
            nodesAndTokens = nodesAndTokens.Add(element.WithTrailingTrivia(last.GetTrailingTrivia()));
            nodesAndTokens = nodesAndTokens.Add(items.GetSeparator(items.Count - 1));
        }
        else
        {
            var comma = SyntaxFactory.Token(SyntaxKind.CommaToken);
            var lastNode = nodesAndTokens[nodesAndTokens.Count - 1];
            nodesAndTokens = nodesAndTokens.RemoveAt(nodesAndTokens.Count - 1)
                .Add(lastNode.AsNode()!.WithoutTrailingTrivia())
                .Add(multiline ? comma.WithTrailingTrivia(lineBreak) : comma)
                .Add(element.WithTrailingTrivia(last.GetTrailingTrivia()));
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodesAndTokens));
    }
}
