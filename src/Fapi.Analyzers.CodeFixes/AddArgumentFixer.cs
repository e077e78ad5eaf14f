using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Passes the optional argument whose default breaks the profile: <c>SetSigAuthorizationResponse()</c> gets "ES256".</summary>
internal sealed class AddArgumentFixer : FixRewriter
{
    public override FixKind Kind => FixKind.AddArgument;

    public override string Title(string code) => "Pass " + Display(code);

    public override SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, SyntaxNode original, string code, SemanticModel semanticModel)
    {
        if (SyntaxEdits.InvocationAt(target) is not { } invocation)
        {
            return null;
        }

        var parsed = SyntaxFactory.ParseArgumentList("(" + code + ")");
        if (parsed.ContainsDiagnostics || parsed.Arguments.Count != 1)
        {
            return null;
        }

        var argument = SyntaxEdits.Annotate(parsed.Arguments[0]);
        return root.ReplaceNode(invocation, invocation.WithArgumentList(invocation.ArgumentList.AddArguments(argument)));
    }
}
