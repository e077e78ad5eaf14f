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
        if (creation is null || Member(code) is not { } member)
        {
            return null;
        }

        if (creation.Initializer is not { } initializer)
        {
            var created = SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(member));
            return root.ReplaceNode(creation, creation.WithInitializer(SyntaxEdits.Annotate(created)));
        }

        // Requirements = { X } where the initializer already fills Requirements: X joins that set (a member twice does not compile).
        foreach (var existing in initializer.Expressions)
        {
            if (existing is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } present && member.Left is IdentifierNameSyntax wanted
                && name.Identifier.ValueText == wanted.Identifier.ValueText)
            {
                return present.Right is InitializerExpressionSyntax set && member.Right is InitializerExpressionSyntax { Expressions.Count: 1 } added
                    ? root.ReplaceNode(set, Append(set, SyntaxEdits.Annotate(added.Expressions[0])))
                    : null;
            }
        }

        return root.ReplaceNode(initializer, Append(initializer, member));
    }

    /// <summary><c>Member = value</c>, or <c>Member = { element }</c> (a collection initializer is no expression of its own).</summary>
    private static AssignmentExpressionSyntax? Member(string code)
    {
        if (SyntaxEdits.Expression(code) is AssignmentExpressionSyntax member)
        {
            return member;
        }

        return SyntaxFactory.ParseExpression("new object { " + code + " }") is ObjectCreationExpressionSyntax { Initializer.Expressions.Count: 1 } created
               && !created.ContainsDiagnostics && created.Initializer.Expressions[0] is AssignmentExpressionSyntax parsed
            ? SyntaxEdits.Annotate(parsed.WithoutTrivia())
            : null;
    }

    /// <summary>
    /// Appends an element, on its own line with the list's indentation when the initializer spans lines; comments stay
    /// with the code they were written beside.
    /// </summary>
    private static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax member)
    {
        var items = initializer.Expressions;
        if (items.Count == 0)
        {
            return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(member.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)))
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia())
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia());
        }

        var multiline = initializer.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
        var lineBreak = SyntaxEdits.LineBreak(initializer);
        var last = items[items.Count - 1];
        var nodesAndTokens = items.GetWithSeparators();
        if (items.SeparatorCount == items.Count)
        {
            // A trailing comma already ends the list: the new member goes after it, with a trailing comma of its own.
            var element = multiline ? member.WithLeadingTrivia(SyntaxEdits.Indentation(last.GetLeadingTrivia())) : member.WithLeadingTrivia(SyntaxFactory.Space);
            var separator = items.GetSeparator(items.Count - 1);
            nodesAndTokens = nodesAndTokens.Add(element).Add(multiline ? SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(lineBreak) : separator);
        }
        else if (multiline)
        {
            // "Last = 1 // note" becomes "Last = 1, // note" and the member follows on its own line.
            var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(last.GetTrailingTrivia());
            nodesAndTokens = nodesAndTokens.RemoveAt(nodesAndTokens.Count - 1)
                .Add(last.WithoutTrailingTrivia())
                .Add(comma)
                .Add(member.WithLeadingTrivia(SyntaxEdits.Indentation(last.GetLeadingTrivia())).WithTrailingTrivia(lineBreak));
        }
        else
        {
            nodesAndTokens = nodesAndTokens.RemoveAt(nodesAndTokens.Count - 1)
                .Add(last.WithoutTrailingTrivia())
                .Add(SyntaxFactory.Token(SyntaxKind.CommaToken))
                .Add(member.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(last.GetTrailingTrivia()));
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodesAndTokens));
    }
}
