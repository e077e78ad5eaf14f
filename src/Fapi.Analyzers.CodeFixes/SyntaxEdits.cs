using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Small syntax helpers the fixers share.</summary>
internal static class SyntaxEdits
{
    public static T Annotate<T>(T node)
        where T : SyntaxNode
        => node.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

    public static ExpressionSyntax? Expression(string code)
    {
        var expression = SyntaxFactory.ParseExpression(code);
        return expression.ContainsDiagnostics ? null : Annotate(expression);
    }

    /// <summary>The file's own line break (CRLF or LF), so added lines match the rest.</summary>
    public static SyntaxTrivia LineBreak(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.EndOfLine("\n");
    }

    /// <summary>Only the indentation of a line's leading trivia: comments and blank lines stay with their own code.</summary>
    public static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
        => leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxTriviaList.Empty;

    /// <summary>Parses ".Name(args)" as a call on <paramref name="receiver"/>.</summary>
    public static InvocationExpressionSyntax? CallOn(ExpressionSyntax receiver, string code, SyntaxTriviaList dotLeadingTrivia)
    {
        if (SyntaxFactory.ParseExpression("__fapi" + code) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } parsed
            || parsed.ContainsDiagnostics || access.Expression is not IdentifierNameSyntax)
        {
            return null;
        }

        var member = access.WithExpression(receiver).WithOperatorToken(access.OperatorToken.WithLeadingTrivia(dotLeadingTrivia));
        return parsed.WithExpression(member).WithArgumentList(Annotate(parsed.ArgumentList)).WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary>The invocation whose method name is <paramref name="node"/>, or whose argument contains it.</summary>
    public static InvocationExpressionSyntax? InvocationAt(SyntaxNode node)
    {
        var name = node.Parent is MemberAccessExpressionSyntax access && access.Name == node ? access : node;
        if (name.Parent is InvocationExpressionSyntax called && called.Expression == name)
        {
            return called;
        }

        for (var current = node; current is not null && current is not StatementSyntax; current = current.Parent)
        {
            if (current is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } })
            {
                return invocation;
            }
        }

        return null;
    }
}
