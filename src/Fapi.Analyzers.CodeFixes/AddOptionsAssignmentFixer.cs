using System.Linq;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

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

        var lineBreak = SyntaxEdits.LineBreak(root);
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is LambdaExpressionSyntax lambda && ParameterName(lambda) is { } name)
            {
                return Statement(name, code) is { } statement ? root.ReplaceNode(lambda, AddTo(lambda, statement, lineBreak)) : null;
            }
        }

        // No options lambda yet: pass one in place of a null callback, else as the next argument (by name if needed).
        if (SyntaxEdits.InvocationAt(original) is not { } originalInvocation
            || semanticModel.GetSymbolInfo(originalInvocation).Symbol is not IMethodSymbol method
            || (Callback(method) ?? OverloadCallback(method)) is not { } parameter
            || SyntaxFactory.ParseExpression(NewParameterName + " => " + NewParameterName + "." + code) is not LambdaExpressionSyntax created
            || created.ContainsDiagnostics)
        {
            return null;
        }

        var lambdaArgument = SyntaxEdits.Annotate(created);
        var arguments = invocation.ArgumentList.Arguments;
        var positional = true;
        for (var i = 0; i < arguments.Count; i++)
        {
            var existing = arguments[i];
            positional &= existing.NameColon is null;
            var isCallback = existing.NameColon is { } nameColon ? nameColon.Name.Identifier.ValueText == parameter.Name : positional && i == parameter.Ordinal;
            if (isCallback)
            {
                return root.ReplaceNode(existing.Expression, lambdaArgument.WithTriviaFrom(existing.Expression));
            }
        }

        var newArgument = SyntaxFactory.Argument(lambdaArgument);
        if (!(positional && arguments.Count == parameter.Ordinal))
        {
            newArgument = newArgument.WithNameColon(SyntaxFactory.NameColon(parameter.Name));
        }

        return root.ReplaceNode(invocation, invocation.WithArgumentList(invocation.ArgumentList.AddArguments(newArgument)));
    }

    /// <summary>The registration's delegate parameter (positions as written: a reduced extension has no receiver parameter).</summary>
    private static IParameterSymbol? Callback(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.TypeKind == TypeKind.Delegate)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>
    /// A registration called without its options (AddIdentityServer()) where an overload takes the same arguments plus
    /// the options callback: passing a lambda binds that overload.
    /// </summary>
    private static IParameterSymbol? OverloadCallback(IMethodSymbol method)
    {
        var called = method.ReducedFrom ?? method;
        foreach (var member in called.ContainingType.GetMembers(called.Name))
        {
            if (member is not IMethodSymbol overload || overload.Parameters.Length != called.Parameters.Length + 1
                || overload.Parameters[overload.Parameters.Length - 1].Type.TypeKind != TypeKind.Delegate)
            {
                continue;
            }

            var same = true;
            for (var i = 0; i < called.Parameters.Length && same; i++)
            {
                same = SymbolEqualityComparer.Default.Equals(called.Parameters[i].Type, overload.Parameters[i].Type);
            }

            if (same)
            {
                var usable = method.ReducedFrom is not null && method.ReceiverType is { } receiver ? overload.ReduceExtensionMethod(receiver) : overload;
                return usable is null ? null : Callback(usable);
            }
        }

        return null;
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
        return statement.ContainsDiagnostics ? null : statement.WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary>Adds the statement in the lambda's layout: on its own line in a multi-line block, inline in a one-line block.</summary>
    private static LambdaExpressionSyntax AddTo(LambdaExpressionSyntax lambda, StatementSyntax statement, SyntaxTrivia lineBreak)
    {
        if (lambda.Block is { } block)
        {
            if (!block.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia) && !block.Statements.Any(s => s.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia)))
            {
                // { o.A = 1; } becomes { o.A = 1; o.B = 2; }
                if (block.Statements.Count == 0)
                {
                    return lambda.WithBlock(block.WithOpenBraceToken(block.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                        .WithStatements(block.Statements.Add(statement.WithoutLeadingTrivia().WithTrailingTrivia(SyntaxFactory.Space)))
                        .WithCloseBraceToken(block.CloseBraceToken.WithLeadingTrivia()));
                }

                var last = block.Statements[block.Statements.Count - 1];
                var inline = statement.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(last.GetTrailingTrivia());
                return lambda.WithBlock(block.WithStatements(block.Statements.Replace(last, last.WithoutTrailingTrivia()).Add(inline)));
            }

            var indentation = block.Statements.Count > 0
                ? SyntaxEdits.Indentation(block.Statements[block.Statements.Count - 1].GetLeadingTrivia())
                : SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(Indentation(block.OpenBraceToken) + "    "));
            return lambda.WithBlock(block.AddStatements(statement.WithLeadingTrivia(indentation).WithTrailingTrivia(lineBreak)));
        }

        // An expression-bodied lambda becomes a block, one statement per line.
        var eol = lineBreak.ToFullString();
        var outer = Indentation(lambda.GetFirstToken());
        var inner = outer + "    ";
        var body = (ExpressionSyntax)lambda.ExpressionBody!;
        var text = "{" + eol + inner + body.WithoutTrivia().ToFullString() + ";" + eol + inner + statement.WithoutTrivia().ToFullString() + eol + outer + "}";
        var newBlock = ((BlockSyntax)SyntaxFactory.ParseStatement(text)).WithLeadingTrivia(SyntaxFactory.Whitespace(outer));
        return lambda.WithExpressionBody(null)
            .WithArrowToken(lambda.ArrowToken.WithTrailingTrivia(lineBreak))
            .WithBlock(newBlock.WithAdditionalAnnotations(Simplifier.Annotation));
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
}
