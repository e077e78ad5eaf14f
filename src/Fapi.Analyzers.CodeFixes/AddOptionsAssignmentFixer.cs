using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Adds <c>options.Setting = value;</c> to the options lambda of a registration, creating the lambda when it is missing.</summary>
internal sealed class AddOptionsAssignmentFixer : FixRewriter
{
    private const string NewParameterName = "options";

    public override FixKind Kind => FixKind.AddOptionsAssignment;

    public override string Title(string code) => "Set " + Display(code);

    public override SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, SyntaxNode original, string code, SemanticModel semanticModel)
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
        if (SyntaxEdits.InvocationAt(original) is not { } originalInvocation
            || CallbackParameter(originalInvocation, invocation, semanticModel, out var positional) is not { } parameter
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

    /// <summary>Adds the statement on its own line, indented like the lambda's other statements.</summary>
    private static LambdaExpressionSyntax AddTo(LambdaExpressionSyntax lambda, StatementSyntax statement)
    {
        if (lambda.Block is { } block)
        {
            var indentation = block.Statements.Count > 0
                ? block.Statements[block.Statements.Count - 1].GetLeadingTrivia()
                : SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(Indentation(block.OpenBraceToken) + "    "));
            var line = statement.WithLeadingTrivia(indentation).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
            return lambda.WithBlock(block.AddStatements(line));
        }

        // An expression-bodied lambda becomes a block, one statement per line.
        var outer = Indentation(lambda.GetFirstToken());
        var inner = outer + "    ";
        var body = (ExpressionSyntax)lambda.ExpressionBody!;
        var text = "{\n" + inner + body.WithoutTrivia().ToFullString() + ";\n" + inner + statement.WithoutTrivia().ToFullString() + "\n" + outer + "}";
        var newBlock = ((BlockSyntax)SyntaxFactory.ParseStatement(text)).WithLeadingTrivia(SyntaxFactory.Whitespace(outer));
        return lambda.WithExpressionBody(null)
            .WithArrowToken(lambda.ArrowToken.WithTrailingTrivia(SyntaxFactory.EndOfLine("\n")))
            .WithBlock(newBlock.WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation));
    }

    /// <summary>The leading whitespace of the line that holds <paramref name="token"/>.</summary>
    private static string Indentation(SyntaxToken token)
    {
        var text = token.SyntaxTree?.GetText();
        if (text is null)
        {
            return "";
        }

        var line = text.Lines.GetLineFromPosition(token.SpanStart).ToString();
        return line.Substring(0, line.Length - line.TrimStart().Length);
    }

    /// <summary>The delegate parameter of the registration method, and whether it is the next positional one.</summary>
    private static string? CallbackParameter(InvocationExpressionSyntax original, InvocationExpressionSyntax invocation, SemanticModel semanticModel, out bool positional)
    {
        positional = false;
        if (semanticModel.GetSymbolInfo(original).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        var parameters = method.Parameters;
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
