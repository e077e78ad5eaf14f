using System.Composition;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Adds <c>options.Setting = value;</c> to the options lambda of a registration, creating the lambda when it is missing.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOptionsAssignmentFixer)), Shared]
public sealed class AddOptionsAssignmentFixer : FapiCodeFixProvider
{
    private const string NewParameterName = "options";

    private protected override FixKind Kind => FixKind.AddOptionsAssignment;

    private protected override string Title(string code) => "Set " + Display(code);

    private protected override SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, string code, SemanticModel semanticModel)
    {
        if (SyntaxEdits.InvocationAt(target) is not { } invocation)
        {
            return null;
        }

        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is LambdaExpressionSyntax lambda && ParameterName(lambda) is { } name)
            {
                return Statement(name, code) is { } statement ? root.ReplaceNode(lambda, AddTo(lambda, statement)) : null;
            }
        }

        // No options lambda yet: pass one, by name unless it is the next positional argument.
        if (CallbackParameter(invocation, semanticModel, out var positional) is not { } parameter
            || SyntaxFactory.ParseExpression(NewParameterName + " => " + NewParameterName + "." + code) is not LambdaExpressionSyntax created
            || created.ContainsDiagnostics)
        {
            return null;
        }

        var newArgument = SyntaxFactory.Argument(SyntaxEdits.Annotate(created));
        if (!positional)
        {
            newArgument = newArgument.WithNameColon(SyntaxFactory.NameColon(parameter));
        }

        return root.ReplaceNode(invocation, invocation.WithArgumentList(invocation.ArgumentList.AddArguments(newArgument)));
    }

    private static string? ParameterName(LambdaExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
        _ => null,
    };

    private static StatementSyntax? Statement(string parameter, string code)
    {
        var statement = SyntaxFactory.ParseStatement(parameter + "." + code + ";");
        return statement.ContainsDiagnostics ? null : SyntaxEdits.Annotate(statement);
    }

    private static LambdaExpressionSyntax AddTo(LambdaExpressionSyntax lambda, StatementSyntax statement)
    {
        if (lambda.Block is { } block)
        {
            return lambda.WithBlock(block.AddStatements(statement));
        }

        var body = (ExpressionSyntax)lambda.ExpressionBody!;
        var newBlock = SyntaxFactory.Block(SyntaxFactory.ExpressionStatement(body.WithoutTrivia()), statement);
        return lambda.WithExpressionBody(null).WithBlock(SyntaxEdits.Annotate(newBlock));
    }

    /// <summary>The delegate parameter of the registration method, and whether it is the next positional one.</summary>
    private static string? CallbackParameter(InvocationExpressionSyntax invocation, SemanticModel semanticModel, out bool positional)
    {
        positional = false;
        if (semanticModel.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        var parameters = method.ReducedFrom is not null ? method.Parameters : method.Parameters;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].Type.TypeKind == TypeKind.Delegate)
            {
                var arguments = invocation.ArgumentList.Arguments;
                positional = arguments.Count == i;
                foreach (var existing in arguments)
                {
                    positional &= existing.NameColon is null;
                }

                return parameters[i].Name;
            }
        }

        return null;
    }
}
