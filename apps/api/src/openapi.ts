import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { MoneyView, ProblemView } from '@niaz/core';

const PROBLEM_CONTENT = {
  'application/problem+json': { schema: { $ref: getSchemaPath(ProblemView) } },
};

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Niaz API')
    .setDescription(
      'Niaz (میز نیاز صنعت): manufacturers post needs, suppliers post capabilities and sealed bids, organisers curate exhibitions. Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  return declareProblems(
    SwaggerModule.createDocument(app, config, { extraModels: [ProblemView, MoneyView] }),
  );
}

/**
 * Every operation can answer an error, and every error is `application/problem+json`: each
 * operation declares `4XX` and `5XX` (besides the errors it names itself), and every error
 * response carries the problem schema, so generated clients read errors as they are.
 */
export function declareProblems(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const responses = operation.responses;
      for (const [status, response] of Object.entries(responses)) {
        if (response && /^[45]/.test(status) && !('$ref' in response))
          response.content = { ...PROBLEM_CONTENT };
      }
      responses['4XX'] ??= { description: 'Client error (RFC 9457)', content: PROBLEM_CONTENT };
      responses['5XX'] ??= { description: 'Server error (RFC 9457)', content: PROBLEM_CONTENT };
    }
  }
  return document;
}
