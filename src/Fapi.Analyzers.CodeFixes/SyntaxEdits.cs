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
