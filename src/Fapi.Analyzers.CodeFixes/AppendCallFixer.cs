using System.Linq;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Adds the missing fluent call to a builder chain, just before <c>Build()</c> (or at its end).</summary>
internal sealed class AppendCallFixer : FixRewriter
{
    public override FixKind Kind => FixKind.AppendCall;

    public override string Title(string code) => "Add " + Display(code).TrimStart('.');

    public override SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, SyntaxNode original, string code, SemanticModel semanticModel)
    {
        if (SyntaxEdits.InvocationAt(target) is not { } entry)
        {
            return null;
        }

        ExpressionSyntax last = entry;
        while (last.Parent is MemberAccessExpressionSyntax access && access.Expression == last && access.Parent is InvocationExpressionSyntax next)
        {
            if (access.Name.Identifier.ValueText == "Build")
            {
                return Insert(root, last, code, access.OperatorToken.LeadingTrivia);
            }

            last = next;
        }

        var trivia = last is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax previous } && last != entry
            ? previous.OperatorToken.LeadingTrivia
            : default;
        return Insert(root, last, code, trivia);
    }

    /// <summary>True when the dot's leading trivia is only indentation (the call starts its line).</summary>
    private static bool IsLineStart(SyntaxTriviaList dotTrivia)
    {
        foreach (var trivia in dotTrivia)
        {
            if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Puts the new call on its own line when the chain has one call per line. The line before keeps its comment; the
    /// new line gets only the line break, never a copy of that comment.
    /// </summary>
    private static SyntaxNode? Insert(SyntaxNode root, ExpressionSyntax receiver, string code, SyntaxTriviaList dotTrivia)
    {
        var trailing = receiver.GetTrailingTrivia();
        foreach (var trivia in trailing)
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return SyntaxEdits.CallOn(receiver, code, SyntaxEdits.Indentation(dotTrivia)) is { } onItsLine
                    ? root.ReplaceNode(receiver, onItsLine.WithTrailingTrivia(trivia))
                    : null;
            }
        }

        // A chain written one call per line ends on the last call: the new call takes its own line, indented alike.
        if (dotTrivia.Count > 0 && receiver.GetLeadingTrivia().All(t => !t.IsKind(SyntaxKind.EndOfLineTrivia)) && IsLineStart(dotTrivia))
        {
            var lineBreak = SyntaxEdits.LineBreak(root);
            return SyntaxEdits.CallOn(receiver.WithoutTrailingTrivia().WithTrailingTrivia(lineBreak), code, SyntaxEdits.Indentation(dotTrivia)) is { } onItsLine
                ? root.ReplaceNode(receiver, onItsLine.WithTrailingTrivia(trailing))
                : null;
        }

        return SyntaxEdits.CallOn(receiver.WithoutTrailingTrivia(), code, default) is { } call
            ? root.ReplaceNode(receiver, call.WithTrailingTrivia(trailing))
            : null;
    }
}
