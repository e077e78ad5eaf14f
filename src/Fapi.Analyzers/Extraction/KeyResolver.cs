using System.Collections.Generic;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// The strength of a signing key created in the code: System.Security.Cryptography's RSA and ECDsa factories and
/// constructors, through Microsoft.IdentityModel's key and credential wrappers and locals. A key loaded from
/// elsewhere (a certificate, a file, a vault), or a local the code changes later, is unknown.
/// </summary>
internal static class KeyResolver
{
    private const int MaxDepth = 8;

    /// <summary>Default sizes: RSA.Create() is 2048 bits; RSACryptoServiceProvider's parameterless constructor makes 1024.</summary>
    private const int RsaCreateDefault = 2048;
    private const int CryptoServiceProviderDefault = 1024;

    public static bool TryResolve(IOperation operation, BlockScope scope, out KeyStrength key) => TryResolve(operation, scope, 0, out key);

    private static bool TryResolve(IOperation operation, BlockScope scope, int depth, out KeyStrength key)
    {
        key = default;
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (ValueResolver.Unwrap(operation))
        {
            case ILocalReferenceOperation local when scope.SingleValue(local.Local) is { } value && !ChangedLater(local.Local, scope):
                return TryResolve(value, scope, depth + 1, out key);
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field } reference when Initializer(field, reference) is { } initial:
                // A readonly field set only where it is declared (no constructor of its type assigns it) holds that key.
                return TryResolve(initial, scope, depth + 1, out key);
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Create" } method } create when IsCryptography(method.ContainingType):
                return method.ContainingType.Name switch
                {
                    "RSA" => Rsa(create.Arguments, RsaCreateDefault, out key),
                    "ECDsa" => Curve(create.Arguments, out key),
                    _ => false,
                };
            case IObjectCreationOperation creation when IsCryptography(creation.Type):
                return creation.Type!.Name switch
                {
                    "RSACryptoServiceProvider" => Rsa(creation.Arguments, CryptoServiceProviderDefault, out key),
                    "RSACng" or "RSAOpenSsl" => Rsa(creation.Arguments, RsaCreateDefault, out key),
                    "ECDsaCng" or "ECDsaOpenSsl" => Curve(creation.Arguments, out key),
                    _ => false,
                };
            case IObjectCreationOperation wrapper when IsIdentityModel(wrapper.Type) && wrapper.Arguments.Length > 0:
                // RsaSecurityKey(rsa), ECDsaSecurityKey(ecdsa), SigningCredentials(key, algorithm): the key is the first argument.
                return wrapper.Type!.Name is "RsaSecurityKey" or "ECDsaSecurityKey" or "SigningCredentials"
                       && wrapper.Arguments[0].Parameter?.Type is { } type && !IsParameters(type)
                       && TryResolve(wrapper.Arguments[0].Value, scope, depth + 1, out key);
            default:
                return false;
        }
    }

    /// <summary>The initializer of a readonly field whose type declares no constructor that could assign it again, or null.</summary>
    private static IOperation? Initializer(IFieldSymbol field, IOperation reference)
    {
        if (field.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer: { } initializer })
        {
            return null;
        }

        foreach (var constructor in field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors)
        {
            if (!constructor.IsImplicitlyDeclared)
            {
                return null;
            }
        }

#pragma warning disable RS1030 // The field may be declared in another tree than the credentials that use it.
        var declaring = initializer.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(initializer.SyntaxTree);
#pragma warning restore RS1030
        return declaring.GetOperation(initializer.Value);
    }

    private static bool Rsa(IEnumerable<IArgumentOperation> arguments, int omitted, out KeyStrength key)
    {
        key = default;
        var bits = omitted;
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            // RSA.Create(RSAParameters) and friends import a key of unknown size.
            if (argument.Value.ConstantValue is not { HasValue: true, Value: int size })
            {
                return false;
            }

            bits = size;
        }

        key = new KeyStrength(KeyFamily.Rsa, bits);
        return true;
    }

    /// <summary>ECDsa.Create(ECCurve.NamedCurves.nistP256) and the curve constructors; any other curve or no curve is unknown.</summary>
    private static bool Curve(IEnumerable<IArgumentOperation> arguments, out KeyStrength key)
    {
        key = default;
        foreach (var argument in arguments)
        {
            if (ValueResolver.Unwrap(argument.Value) is IPropertyReferenceOperation { Property: { IsStatic: true, ContainingType.Name: "NamedCurves" } curve }
                && Bits(curve.Name) is { } bits)
            {
                key = new KeyStrength(KeyFamily.EllipticCurve, bits);
                return true;
            }
        }

        return false;
    }

    private static int? Bits(string curve) => curve switch
    {
        "nistP256" => 256,
        "nistP384" => 384,
        "nistP521" => 521,
        "brainpoolP160r1" or "brainpoolP160t1" => 160,
        "brainpoolP192r1" or "brainpoolP192t1" => 192,
        "brainpoolP224r1" or "brainpoolP224t1" => 224,
        "brainpoolP256r1" or "brainpoolP256t1" => 256,
        "brainpoolP320r1" or "brainpoolP320t1" => 320,
        "brainpoolP384r1" or "brainpoolP384t1" => 384,
        "brainpoolP512r1" or "brainpoolP512t1" => 512,
        _ => null,
    };

    /// <summary>A key the code configures after creating it (KeySize, ImportParameters, ...) is not the one it created.</summary>
    private static bool ChangedLater(ILocalSymbol local, BlockScope scope)
    {
        foreach (var reference in scope.References)
        {
            if (SymbolEqualityComparer.Default.Equals(reference.Local, local) && reference.Parent is IMemberReferenceOperation or IInvocationOperation { Instance: not null })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParameters(ITypeSymbol type) => type.Name is "RSAParameters" or "ECParameters";

    private static bool IsCryptography(ITypeSymbol? type)
        => type?.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography";

    private static bool IsIdentityModel(ITypeSymbol? type)
        => type?.ContainingNamespace?.ToDisplayString() == "Microsoft.IdentityModel.Tokens";
}
