using System.Composition;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Passes the optional argument whose default breaks the profile: <c>SetSigAuthorizationResponse()</c> gets "ES256".</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddArgumentFixer)), Shared]
public sealed class AddArgumentFixer : FapiCodeFixProvider
{
    private protected override FixKind Kind => FixKind.AddArgument;

    private protected override string Title(string code) => "Pass " + Display(code);

    private protected override SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, SyntaxNode original, string code, SemanticModel semanticModel)
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
